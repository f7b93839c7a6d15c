using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>Issue 15, findings 2 and 3: forms the detector missed, and look-alikes it took for secrets.</summary>
public sealed class Issue15DetectorTests
{
    private static readonly SensitiveDataDetector Detector = SensitiveDataDetector.CreateDefault();
    private static readonly SensitiveDataRedactor Redactor = new(Detector);

    public static TheoryData<string, SensitiveKind, string> MissedForms => new()
    {
        { "ﾊﾟｽﾜｰﾄﾞは ZXCV9876", SensitiveKind.Password, "ZXCV9876" },
        { "パス ワードは ZXCV9876 です", SensitiveKind.Password, "ZXCV9876" },
        { "passwort: Sommer2024!", SensitiveKind.Password, "Sommer2024!" },
        { "my secret is bluefish77", SensitiveKind.Password, "bluefish77" },
        { "4532\u200B0151\u200B1283\u200B0366", SensitiveKind.CardNumber, "4532\u200B0151\u200B1283\u200B0366" },
        { "card 4532.0151.1283.0366 please", SensitiveKind.CardNumber, "4532.0151.1283.0366" },
        { "カード 4532_0151_1283_0366", SensitiveKind.CardNumber, "4532_0151_1283_0366" },
        { "my card is ٤٥٣٢٠١٥١١٢٨٣٠٣٦٦", SensitiveKind.CardNumber, "٤٥٣٢٠١٥١١٢٨٣٠٣٦٦" },
        { "card ४५३२ ०१५१ १२८३ ०३६६", SensitiveKind.CardNumber, "४५३२ ०१५१ १२८३ ०३६६" },
        { "taro at example dot com", SensitiveKind.EmailAddress, "taro at example dot com" },
        { "reach me: jiro[at]example[dot]net", SensitiveKind.EmailAddress, "jiro[at]example[dot]net" },
    };

    public static TheoryData<string> LookAlikes => new()
    {
        "My iPhone on iOS17.2.1 cannot sign in",
        "Windows11! で開けません",
        "x86_64-Linux のアプリで落ちる",
        "TLS1.2-Error が出て接続できない",
        "11th-Gen の Core i7 です",
        "Hello-World2 というアカウント名です",
        "error 00000005 when signing in",
        "エラーコード 0x80070005 が出ます",
        "code 0x80070005",
        "System.Net.Sockets.SocketException (0xFFFDFFFF): Name or service not known",
        "at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption)",
        "Content-Type: application/json; charset=utf-8",
        "I looked at amazon dot com yesterday",
        "Case ID 14578965123",
    };

    [Theory]
    [MemberData(nameof(MissedForms))]
    public void Find_FormTheDetectorMissed_ReportsItAtItsPositionInTheOriginalText(string text, SensitiveKind kind, string value)
    {
        var finding = Assert.Single(Detector.Find(text), f => f.Kind == kind);

        Assert.Equal(value, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Find_VersionProductErrorCodeOrStackFrame_ReportsNothing(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void Redact_HalfWidthKatakanaPasswordPhrase_KeepsThePhraseAndHidesTheValue() =>
        Assert.Equal("ﾊﾟｽﾜｰﾄﾞは [redacted:password]", Redactor.Redact("ﾊﾟｽﾜｰﾄﾞは ZXCV9876"));

    [Fact]
    public void Redact_CardSplitByZeroWidthSpaces_HidesEveryDigitAndSeparator() =>
        Assert.Equal("card [redacted:card] ok", Redactor.Redact("card 4532\u200B0151\u200B1283\u200B0366 ok"));

    [Theory]
    [InlineData("Passw0rd!")]
    [InlineData("Password123")]
    [InlineData("3dcLmNfs3ZwHzCqnFNOjKd-us")]
    public void Find_MessageThatIsOnlyOneOpaqueToken_IsAPassword(string text) =>
        Assert.Equal(SensitiveKind.Password, Assert.Single(Detector.Find(text)).Kind);

    [Theory]
    [InlineData("iOS17.2.1")]
    [InlineData("Windows11!")]
    [InlineData("0x80070005")]
    [InlineData("x86_64-Linux")]
    public void Find_MessageThatIsOnlyAVersionProductOrErrorCode_IsNoSecret(string text) =>
        Assert.DoesNotContain(Detector.Find(text), f => f.Kind.IsSecret());
}
