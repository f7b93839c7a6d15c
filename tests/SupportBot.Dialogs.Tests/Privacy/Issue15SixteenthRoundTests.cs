using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, sixteenth round: the kinds behind the mistakes of blind files 45–48 once they had been measured and read: a
/// password told with how it is typed, a secret question's answer pasted as the form shows it, family values with a
/// disclaimer, senders and callers named further away, error codes written like a sender's code, and examples of a format.
/// Every sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15SixteenthRoundTests
{
    [Theory]
    [InlineData("yeah its mountainhare88 no capitals", "mountainhare88")]
    [InlineData("it's \"moonriver\" all lower case btw", "moonriver")]
    [InlineData("たぶん kobushi2017 です、大文字なし", "kobushi2017")]
    [InlineData("全部小文字で yuzuhachimitsu です", "yuzuhachimitsu")]
    [InlineData("Natsumi0405 頭だけ大文字です", "Natsumi0405")]
    public void APasswordToldWithHowItIsTyped_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("I typed my email all lowercase and it still says not found")]
    [InlineData("the username is all lowercase, does that matter?")]
    [InlineData("パスワードは全部小文字でも大丈夫ですか")]
    public void ARemarkOnCaseWithoutAValue_IsLeftAlone(string text) =>
        Assert.DoesNotContain(Detector.Find(text), finding => finding.Kind == SensitiveKind.Password);

    [Theory]
    [InlineData("画面のまま貼ります Q: 秘密の質問の答えは？ A: みけこ", "みけこ")]
    [InlineData("security question thing - Q: name of your first pet A: Biscuit", "Biscuit")]
    [InlineData("答えたのは コタロウ（初めて飼った犬の名前、ペット）です", "コタロウ")]
    [InlineData("I answered Pumpkin (first pet's name) and it said wrong", "Pumpkin")]
    public void ASecretAnswerPastedAsTheFormShowsIt_IsRedacted(string text, string answer) =>
        Assert.Contains(answer, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("登録されてるのは父の携帯 080 4471 2096 です。僕の番号ではないです", "080 4471 2096")]
    [InlineData("it's my wife's mobile, 090-3318-6625, not my number", "090-3318-6625")]
    public void AFamilyMembersNumberWithADisclaimer_IsRedacted(string text, string phone) =>
        Assert.Contains(phone, Found(text, SensitiveKind.PhoneNumber));

    [Theory]
    [InlineData("会社の電話に知らない番号（03-5521-8870）から何回も着信があります")]
    [InlineData("the text telling me my parcel was held came from parcel-desk@mail-jp.top")]
    [InlineData("the message saying my account would be closed was from secure-notice@amzn-help.cc")]
    [InlineData("the mail asking me to verify my account was from verify-center@amaz0n-jp.net")]
    public void ACallersOrSendersValueNamedFurtherAway_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("the test mail I sent came from my own address kenji.morita88@gmail.com", "kenji.morita88@gmail.com")]
    [InlineData("the code texts come from my wife's phone 080-2277-4310 when she forwards them", "080-2277-4310")]
    public void AValueTheyOwnInsideASendersClause_IsStillRedacted(string text, string value) =>
        Assert.Contains(value, Detector.Find(text).Select(finding => text.Substring(finding.Start, finding.Length)));

    [Fact]
    public void AnErrorCodeWrittenLikeASendersCode_IsNoCode() =>
        Assert.Empty(Detector.Find("エラーが消えない。画面には「もう一度お試しください」コード E-7731 と出ます"));

    [Fact]
    public void ASendersCodeWithoutAnError_IsStillRedacted() =>
        Assert.Contains("553018", Found("コードは G-553018 で合ってますか", SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("「abc12345 のような推測されやすいものは不可」と出ました")]
    [InlineData("電話番号は 08011112222 みたいな形でハイフンなしですか？")]
    public void AValueGivenAsAnExampleOfAFormOrAWeakness_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("the reset mail says \"your new password is below\" and then nothing")]
    [InlineData("it says the passcode is shown above, but the page is blank")]
    public void APasswordSaidToBeElsewhereOnThePage_IsNoPassword(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void ADeviceNamedRightBeforeAnAside_IsNoPassword() =>
        Assert.Empty(Detector.Find("パスワード変えたら、妻のiPad（第9世代）までサインアウトされた"));
}
