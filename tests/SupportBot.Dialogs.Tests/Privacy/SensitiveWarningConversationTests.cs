using SupportBot.Dialogs.Tests.Flows;
using static SupportBot.Dialogs.Tests.Flows.SupportConversation;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>Issue 15: the never-type-your-password warning follows the detector, both ways.</summary>
public sealed class SensitiveWarningConversationTests
{
    [Theory]
    [InlineData("ﾊﾟｽﾜｰﾄﾞは ZXCV9876", "ja-JP", "ja", "ZXCV9876")]
    [InlineData("パス ワードは ZXCV9876 です", "ja-JP", "ja", "ZXCV9876")]
    [InlineData("passwort: Sommer2024!", "en-US", "en", "Sommer2024")]
    [InlineData("my card is 4532\u200B0151\u200B1283\u200B0366", "en-US", "en", "0151")]
    public async Task FormTheDetectorMissedGetsTheWarningAndIsNeverEchoed(string utterance, string locale, string language, string secret)
    {
        var chat = new SupportConversation(locale: locale);
        await chat.StartAsync();
        await chat.SayAsync(language == "en" ? "I forgot my password" : "パスワードを忘れてしまいました");

        var text = (await chat.SayAsync(utterance)).AllText();

        Assert.Contains(Text("sensitive.warning", language), text, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionStringInAQuestionGetsNoWarning()
    {
        var chat = new SupportConversation(locale: "en-US");
        await chat.StartAsync();

        var text = (await chat.SayAsync("My iPhone on iOS17.2.1 cannot sign in")).AllText();

        Assert.DoesNotContain(Text("sensitive.warning", "en"), text, StringComparison.Ordinal);
    }
}
