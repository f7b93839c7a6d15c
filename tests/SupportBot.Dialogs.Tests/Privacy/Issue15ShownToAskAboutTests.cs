using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15: what a message shows as an example is not the user's secret: an example a form or a page gives, a form's
/// length rule after the password word, a stack frame's "at". A message about a scam still has its own addresses
/// redacted: "phishing" anywhere in it says nothing about whose address is next to it. Every sentence here is new.
/// </summary>
public sealed class Issue15ShownToAskAboutTests
{
    private static readonly SensitiveDataDetector Detector = SensitiveDataDetector.CreateDefault();

    [Theory]
    [InlineData("the sign-up form says use a format such as someone@example.org")]
    [InlineData("入力欄のプレースホルダーが「パスワード（8文字以上）」になってる")]
    public void AnExampleAFormGives_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void StackFramesAt_IsNoSpelledOutAddress() =>
        Assert.Empty(Detector.Find("Exception in thread \"main\" java.lang.IllegalStateException at LoginService.java:214"));

    [Theory]
    [InlineData("フィッシングメールに引っかかったかも。私のアドレスは natsumi.k@example.jp です")]
    [InlineData("I clicked a phishing link, my email is kenji.watanabe77@gmail.com and my phone 090-8123-4567")]
    public void TheUsersOwnAddressInAMessageAboutAScam_IsStillFound(string text) =>
        Assert.Contains(Detector.Find(text), f => f.Kind == SensitiveKind.EmailAddress);

    [Fact]
    public void TheUsersOwnAddress_IsStillFound() =>
        Assert.Contains(Detector.Find("連絡先は natsumi.k@example.jp です、よろしくお願いします"), f => f.Kind == SensitiveKind.EmailAddress);
}
