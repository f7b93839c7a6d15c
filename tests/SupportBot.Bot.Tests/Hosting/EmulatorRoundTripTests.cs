using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Hosting;

public sealed class EmulatorRoundTripTests : BotWithChannelTest
{
    [Fact]
    public async Task WelcomeAndReplyArriveAtTheEmulatorServiceUrlInTheRightConversation()
    {
        using var http = Bot.CreateLoopbackClient();
        var emulator = new EmulatorClient(http, Sink.ServiceUrl);

        var joined = await emulator.SendAsync(emulator.ConversationUpdate(emulator.User, emulator.Bot));
        var greeting = await Sink.WaitForAsync(2);
        Assert.All(greeting, activity =>
        {
            Assert.Equal(emulator.ConversationId, activity.Conversation.Id);
            Assert.Equal(joined.Id, activity.ReplyToId);
        });
        Assert.Contains("Amazon", greeting[0].Text, StringComparison.Ordinal);
        Assert.NotEmpty(greeting[1].SuggestedActions.Actions);

        var message = await emulator.SendAsync(emulator.Message("パスワードを忘れてしまいました"));
        var replies = Sink.Received.Where(a => a.ReplyToId == message.Id && a.Type == ActivityTypes.Message).ToList();
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
        using var http = Bot.CreateLoopbackClient();
        var emulator = new EmulatorClient(http, Sink.ServiceUrl);
        var secondUser = new ChannelAccount("user-2", "Second");

        await emulator.SendAsync(emulator.ConversationUpdate(emulator.Bot));
        await emulator.SendAsync(emulator.ConversationUpdate(emulator.User, emulator.Bot));
        await emulator.SendAsync(emulator.ConversationUpdate(emulator.User));
        await emulator.SendAsync(emulator.ConversationUpdate(emulator.User, secondUser));

        // Each post returns only after its turn has sent everything, so all greetings are in.
        var welcomeText = Sink.Received.First().Text;
        var welcomes = Sink.Received.Where(a => a.Text == welcomeText).ToList();
        Assert.Equal(2, welcomes.Count);
    }
}
