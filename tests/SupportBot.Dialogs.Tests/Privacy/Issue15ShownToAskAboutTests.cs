using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15: what a message shows to ask about is not the user's secret: an address or number it calls a scam or asks
/// whether it is real, an example a form or a page gives, a form's length rule after the password word, a stack frame's
/// "at". Every sentence here is new.
/// </summary>
public sealed class Issue15ShownToAskAboutTests
{
    private static readonly SensitiveDataDetector Detector = SensitiveDataDetector.CreateDefault();

    [Theory]
    [InlineData("これって詐欺ですか？ security@amazon-verify.info から届いた")]
    [InlineData("is help-desk@amaz0n-support.net a phishing address?")]
    [InlineData("The caller said he was from Amazon, 03-5544-1122, sounded like a scam")]
    [InlineData("転送します「アカウント確認のお願い info@amazon-account-check.com」これ本物？")]
    [InlineData("the sign-up form says use a format such as someone@example.org")]
    [InlineData("入力欄のプレースホルダーが「パスワード（8文字以上）」になってる")]
    public void AddressOrNumberTheMessageCallsAScamOrAnExample_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void StackFramesAt_IsNoSpelledOutAddress() =>
        Assert.Empty(Detector.Find("Exception in thread \"main\" java.lang.IllegalStateException at LoginService.java:214"));

    [Fact]
    public void TheUsersOwnAddress_IsStillFound() =>
        Assert.Contains(Detector.Find("連絡先は natsumi.k@example.jp です、よろしくお願いします"), f => f.Kind == SensitiveKind.EmailAddress);
}
