using static SupportBot.Dialogs.Tests.Flows.SupportConversation;

namespace SupportBot.Dialogs.Tests.Flows;

public sealed class SensitiveDataConversationTests
{
    private const string Password = "Hanako#2019xyz";
    private const string CardNumber = "4111 1111 1111 1111";

    [Theory]
    [InlineData("パスワードは " + Password + " です", "ja-JP", "ja")]
    [InlineData("my card is " + CardNumber, "en-US", "en")]
    public async Task SecretIsNeverEchoedTheUserIsWarnedAndTheStepCarriesOn(string utterance, string locale, string language)
    {
        var chat = new SupportConversation(locale: locale);
        await chat.StartAsync();
        await chat.SayAsync(language == "en" ? "I forgot my password" : "パスワードを忘れてしまいました");

        var replies = await chat.SayAsync(utterance);

        var text = replies.AllText();
        Assert.Contains(Text("sensitive.warning", language), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", text, StringComparison.Ordinal);
        Assert.Contains(Text("password.ask_email_known", language), text, StringComparison.Ordinal);

        var next = await chat.SayAsync(language == "en" ? "yes" : "はい");
        Assert.Contains(Text("password.ask_outcome", language), next.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretsTypedEarlierAreRedactedFromEverythingTheHandoffKeeps()
    {
        var chat = new SupportConversation();
        await chat.StartAsync();
        await chat.SayAsync("パスワードを忘れてしまいました");
        await chat.SayAsync("パスワードは " + Password + " です");
        await chat.SayAsync("カード番号は " + CardNumber.Replace(" ", "-", StringComparison.Ordinal) + " です");
        await chat.SayAsync("はい");

        var handoff = await chat.SayAsync("できなかった");

        Assert.NotNull(handoff.HandoffEvent());
        var handoffEvent = Newtonsoft.Json.JsonConvert.SerializeObject(handoff.HandoffEvent());
        var stored = await chat.Storage.DumpAsync();
        foreach (var everything in new[] { handoffEvent, stored })
        {
            Assert.DoesNotContain(Password, everything, StringComparison.Ordinal);
            Assert.DoesNotContain("4111", everything, StringComparison.Ordinal);
        }

        Assert.Contains("[redacted:password]", stored, StringComparison.Ordinal);
    }
}
