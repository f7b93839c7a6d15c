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
        var welcome = Assert.Single(await _sink.WaitForAsync(1));
        Assert.Equal(emulator.ConversationId, welcome.Conversation.Id);
        Assert.Equal(joined.Id, welcome.ReplyToId);
        Assert.Contains("Amazon", welcome.Text, StringComparison.Ordinal);

        var message = await emulator.SendAsync(emulator.Message("パスワードを忘れました"));
        var replies = await _sink.WaitForAsync(1);
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
        await _sink.WaitForAsync(2);

        // A message turn afterwards proves no late third welcome was on its way.
        var probe = await emulator.SendAsync(emulator.Message("hello"));
        await _sink.WaitForAsync(1);
        var welcomes = _sink.Received.Where(a => a.ReplyToId != probe.Id).ToList();
        Assert.Equal(2, welcomes.Count);
    }
}
