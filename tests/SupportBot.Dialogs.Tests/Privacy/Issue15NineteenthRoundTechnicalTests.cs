using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>Issue 15, nineteenth round, file 59 (technical users): servers, token headers, masked values, hedged answers.</summary>
public sealed class Issue15NineteenthRoundTechnicalTests
{
    [Theory]
    [InlineData("ProtonVPN の nl-ams-free-12 に接続したままログインしようとしてます")]
    [InlineData("I'm on the se-sto-wg-204 server, should I disconnect before logging in?")]
    public void AServerConnectedTo_IsNoPassword(string text) =>
        Assert.DoesNotContain(Detector.Find(text), finding => finding.Kind == SensitiveKind.Password);

    [Fact]
    public void AWebTokensHeaderAlone_IsNoPassword() =>
        Assert.Empty(Detector.Find("header only, the rest is private: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 is that normal?"));

    [Fact]
    public void AWholeWebToken_IsStillRedacted() =>
        Assert.NotEmpty(Detector.Find("my session token was eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0YXJvIn0.Q2xlYXJseVNlY3JldFNpZ25hdHVyZQ"));

    [Fact]
    public void APasswordShownMasked_IsNoPassword() =>
        Assert.Empty(Detector.Find("パスワードは K******** で、最初が大文字の9文字です"));

    [Fact]
    public void AHedgedAnswerAfterTheQuotedQuestion_IsRedacted() =>
        Assert.Contains("たま吉", Found("秘密の質問「子どもの頃のあだ名」は たぶん たま吉 です", SensitiveKind.Password));
}
