using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, twentieth round: the kinds behind the mistakes of blind files 61–64 (everyday traffic, phishing victims telling
/// what they typed, second thoughts about what was sent) once they had been measured and read.
/// Every sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15TwentiethRoundTests
{
    [Fact]
    public void ASendersShortNumberAfterTheNameItWasNot_IsNoCode() =>
        Assert.Empty(Detector.Find("SMSの差出人が「Amazon」ではなく 60512 という番号でした。大丈夫？"));

    [Fact]
    public void APassphraseAfterItsDescriptionAndAColon_IsRedacted() =>
        Assert.Contains("copper kettle morning fog", Found("mine's a passphrase, four words and spaces: copper kettle morning fog", SensitiveKind.Password));

    [Fact]
    public void AQuestionAboutUsingAPassphrase_IsNoPassword() =>
        Assert.Empty(Detector.Find("would a passphrase of three random words, is that allowed here?"));

    [Fact]
    public void AnAnswerToldAsWhatWasPutForTheMaidenName_IsRedacted() =>
        Assert.Contains("Okonkwo", Found("the form wanted my mother's maiden name so i put Okonkwo, was that risky?", SensitiveKind.Password));

    [Theory]
    [InlineData("the guide says passwords like qwerty123 get guessed first, so mine is longer")]
    [InlineData("「06-6312-7788 までご連絡ください」っていうハガキが届きました。本物ですか")]
    [InlineData("かけてきた番号は 0120-31-4455 でした。もう拒否してます")]
    [InlineData("the scammer called from 020 7946 0321 and then from 020 7946 0388")]
    [InlineData("迷惑メール相談センターの meiwaku@dekyo.or.jp 宛てに転送しておきました")]
    [InlineData("I forwarded it to reportphishing@apwg.org like the page said")]
    public void AnExampleAScammersLineOrAReportingDesk_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void TheirOwnShopsAddress_IsStillRedacted() =>
        Assert.Contains("info@sakura-pan.jp", Found("アカウントは自分の店のアドレス info@sakura-pan.jp で作ってます", SensitiveKind.EmailAddress));
}
