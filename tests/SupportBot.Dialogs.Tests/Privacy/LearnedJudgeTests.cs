using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Privacy.Learned;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>Issue 15: the learned judge trains only on the read files, and the causes fixed with it stay fixed.</summary>
public sealed class LearnedJudgeTests
{
    private static readonly SensitiveDataDetector Detector = SensitiveDataDetector.CreateDefault();

    [Fact]
    public void JudgeTrainsOnTheReadFilesOnly_NeverOnABlindFileKeptForMeasuring()
    {
        var names = PrivacyTrainingLines.ResourceNames().Select(n => n[PrivacyTrainingLines.ResourcePrefix.Length..]).ToList();

        Assert.Equal(
            ["secrets-blind.jsonl", "secrets-blind2.jsonl", "secrets-blind3.jsonl", "secrets-blind4.jsonl", "secrets-blind5.jsonl", "secrets-blind6.jsonl", "secrets.jsonl"],
            names);
        Assert.DoesNotContain(typeof(PrivacyTrainingLines).Assembly.GetManifestResourceNames(), n => n.Contains("blind7", StringComparison.Ordinal));
    }

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
    public void LongLuhnNumbersThatNoScannerTakes_AreNotAddedByTheJudge() =>
        Assert.Empty(Detector.Find("端末のIMEIは 353918054011232 です"));
}
