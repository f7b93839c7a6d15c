using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Hosting;

public sealed class EmulatorRoundTripTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private ChannelSink _sink = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _bot = new BotHost().Start();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task WelcomeAndReplyArriveAtTheEmulatorServiceUrlInTheRightConversation()
    {
        using var http = _bot.CreateLoopbackClient();
        var emulator = new EmulatorClient(http, _sink.ServiceUrl);

        var joined = await emulator.SendAsync(emulator.ConversationUpdate(emulator.User, emulator.Bot));
        var greeting = await _sink.WaitForAsync(2);
        Assert.All(greeting, activity =>
        {
            Assert.Equal(emulator.ConversationId, activity.Conversation.Id);
            Assert.Equal(joined.Id, activity.ReplyToId);
        });
        Assert.Contains("Amazon", greeting[0].Text, StringComparison.Ordinal);
        Assert.NotEmpty(greeting[1].SuggestedActions.Actions);

        var message = await emulator.SendAsync(emulator.Message("パスワードを忘れてしまいました"));
        var replies = _sink.Received.Where(a => a.ReplyToId == message.Id && a.Type == ActivityTypes.Message).ToList();
        Assert.NotEmpty(replies);
        Assert.All(replies, reply =>
        {
            Assert.Equal(emulator.ConversationId, reply.Conversation.Id);
            Assert.Equal(message.Id, reply.ReplyToId);
            Assert.Equal(emulator.User.Id, reply.Recipient.Id);
        });
    }

    [Fact]
    public async Task EachAddedUserIsGreetedOnceAndTheBotNever()
    {
        using var http = _bot.CreateLoopbackClient();
        var emulator = new EmulatorClient(http, _sink.ServiceUrl);
        var secondUser = new ChannelAccount("user-2", "Second");

        await emulator.SendAsync(emulator.ConversationUpdate(emulator.Bot));
        await emulator.SendAsync(emulator.ConversationUpdate(emulator.User, emulator.Bot));
        await emulator.SendAsync(emulator.ConversationUpdate(emulator.User));
        await emulator.SendAsync(emulator.ConversationUpdate(emulator.User, secondUser));

        // Each post returns only after its turn has sent everything, so all greetings are in.
        var welcomeText = _sink.Received.First().Text;
        var welcomes = _sink.Received.Where(a => a.Text == welcomeText).ToList();
        Assert.Equal(2, welcomes.Count);
    }
}
