using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Hosting;

/// <summary>The support conversation end to end as the Emulator drives it: /api/messages in, replies to its serviceUrl.</summary>
public sealed class SupportConversationOverHttpTests : BotWithChannelTest
{
    [Fact]
    public async Task ForgottenPasswordThatStillFailsEndsWithTheHandoffCardAndEvent()
    {
        using var http = Bot.CreateLoopbackClient();
        var emulator = new EmulatorClient(http, Sink.ServiceUrl);

        await emulator.SendAsync(emulator.ConversationUpdate(emulator.User, emulator.Bot));
        var symptom = await emulator.SendAsync(emulator.Message("パスワードを忘れてしまいました"));
        var trace = Sink.Received.Single(a => a.ReplyToId == symptom.Id && a.Type == ActivityTypes.Trace);
        Assert.Equal("SymptomClassifier", trace.Name);
        Assert.Equal("forgot_password", (string?)JObject.FromObject(trace.Value)["label"]);

        await emulator.SendAsync(emulator.Message("はい"));
        var failed = await emulator.SendAsync(emulator.Message("できませんでした"));

        var replies = Sink.Received.Where(a => a.ReplyToId == failed.Id).ToList();
        var card = replies.Where(a => a.Type == ActivityTypes.Message).SelectMany(a => a.Attachments ?? []).Single();
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        Assert.Contains("0120-999-373", JObject.FromObject(card.Content).ToString(), StringComparison.Ordinal);
        Assert.Contains(replies, a => a.Type == ActivityTypes.Event && a.Name == "handoff.initiate");
    }

    [Fact]
    public async Task ConversationContinuesAtItsPromptAcrossTurnsInEnglish()
    {
        using var http = Bot.CreateLoopbackClient();
        var emulator = new EmulatorClient(http, Sink.ServiceUrl) { Locale = "en-US" };

        await emulator.SendAsync(emulator.Message("the login page just keeps reloading on my phone"));
        var device = await emulator.SendAsync(emulator.Message("Android"));
        var steps = Sink.Received.Where(a => a.ReplyToId == device.Id && a.Type == ActivityTypes.Message).Select(a => a.Text).ToList();
        Assert.Contains(steps, text => text.Contains("Clear browsing data", StringComparison.Ordinal));

        var worked = await emulator.SendAsync(emulator.Message("yes"));
        Assert.Contains(Sink.Received, a => a.ReplyToId == worked.Id && a.Text?.StartsWith("Great", StringComparison.Ordinal) == true);
    }
}
