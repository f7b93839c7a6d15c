using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>Issue 15: the detector on its labelled file (dialogs/Content/Privacy/secrets.jsonl), held to the bar.</summary>
public sealed class DetectorEvaluationTests
{
    private static readonly string LabelledFile = Path.Combine(AppContext.BaseDirectory, "Privacy", "secrets.jsonl");

    [Fact]
    public void DetectorMeetsTheBarOnTheLabelledFile()
    {
        var evaluation = DetectorEvaluation.Evaluate(SensitiveDataDetector.CreateDefault(), ReadLabelledFile());

        Assert.True(
            evaluation.MeetsTheBar,
            $"recall {evaluation.Recall:F3}, precision {evaluation.Precision:F3}, look-alikes left alone {evaluation.LookAlikesLeftAlone:F3}; "
            + $"missed: {string.Join(" | ", evaluation.Misses.Select(m => m.Line.Text))}; "
            + $"false alarms: {string.Join(" | ", evaluation.FalseAlarms.Select(m => m.Line.Text))}");
    }

    [Fact]
    public void DetectorMeetsTheBarOnEveryBlindFileOnceItWasRead()
    {
        // Only the files listed as read: a blind file still kept for measuring must not have its mistakes printed by a test.
        var folder = Path.Combine(AppContext.BaseDirectory, "Privacy", "Blind");
        var read = File.ReadAllLines(Path.Combine(folder, "read-blind-files.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        var lines = read.SelectMany(name =>
            {
                using var reader = new StreamReader(Path.Combine(folder, name));
                return LabelledSecretFile.Read(reader);
            })
            .ToList();

        var evaluation = DetectorEvaluation.Evaluate(SensitiveDataDetector.CreateDefault(), lines);

        Assert.True(read.Count >= 30, $"only {read.Count} read blind files are listed");
        Assert.True(
            evaluation.MeetsTheBar,
            $"recall {evaluation.Recall:F3}, precision {evaluation.Precision:F3}; "
            + $"missed: {string.Join(" | ", evaluation.Misses.Select(m => m.Line.Text))}; "
            + $"false alarms: {string.Join(" | ", evaluation.FalseAlarms.Select(m => m.Line.Text))}");
    }

    // Measured 5,058 of 5,058 left alone (2026-12-03); a false alarm there is a real customer warned and not routed.
    private const double OrdinaryMessagesLeftAloneAtLeast = 0.995;

    [Fact]
    public void OrdinarySupportMessagesAreLeftAlone()
    {
        var lines = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Privacy", "Ordinary"), "*.jsonl")
            .SelectMany(path =>
            {
                using var reader = new StreamReader(path);
                return LabelledSecretFile.Read(reader, ordinary: true);
            })
            .ToList();

        var evaluation = DetectorEvaluation.Evaluate(SensitiveDataDetector.CreateDefault(), lines);

        Assert.True(lines.Count > 1000, $"only {lines.Count} ordinary messages were read");
        Assert.True(
            evaluation.LookAlikesLeftAlone >= OrdinaryMessagesLeftAloneAtLeast,
            $"{evaluation.LookAlikesFlagged} of {evaluation.LookAlikes} flagged: {string.Join(" | ", evaluation.FalseAlarms.Select(m => m.Line.Text))}");
    }

    [Fact]
    public void NoLabelledFileShipsInTheDialogsAssembly()
    {
        // A blind file kept for measuring must stay unread by the bot too: nothing in Content/Privacy is embedded.
        var resources = typeof(SensitiveDataDetector).Assembly.GetManifestResourceNames();

        Assert.DoesNotContain(resources, name => name.Contains("Privacy", StringComparison.Ordinal));
    }

    [Fact]
    public void PublicSupportNumbersInTheProductPolicyAreNotCountedAsFalseAlarms()
    {
        LabelledSecretLine[] lines =
        [
            new("サポートの ０１１−４４８−２１７０ に電話しました", Secret: false, Kind: null),
            new("折り返しは 090-7712-3365 までお願いします", Secret: true, Kind: SensitiveKind.PhoneNumber),
        ];
        var policy = new RedactionOptions { PublicPhoneNumbers = ["011-448-2170"] };

        var withoutPolicy = DetectorEvaluation.Evaluate(SensitiveDataDetector.CreateDefault(), lines);
        var withPolicy = DetectorEvaluation.Evaluate(SensitiveDataDetector.CreateDefault(), lines, policy);

        Assert.Equal(1, withoutPolicy.LookAlikesFlagged);
        Assert.Equal(0, withPolicy.LookAlikesFlagged);
        Assert.Equal(1, withPolicy.SecretsFound);
    }

    [Fact]
    public void LabelledFileIsLargeBilingualAndHoldsBothSides()
    {
        var lines = ReadLabelledFile();

        Assert.True(lines.Count(l => l.Secret) >= 150);
        Assert.True(lines.Count(l => !l.Secret) >= 150);
        Assert.Contains(lines, l => l.Secret && l.Text.Any(c => c is >= '\u3040' and <= '\u30FF'));
        Assert.Contains(lines, l => !l.Secret && l.Text.Any(c => c is >= '\u3040' and <= '\u30FF'));
        Assert.Equal(lines.Count, lines.Select(l => l.Text).Distinct().Count());
    }

    [Theory]
    [InlineData("ﾊﾟｽﾜｰﾄﾞは ZXCV9876", true)]
    [InlineData("passwort: Sommer2024!", true)]
    [InlineData("my secret is bluefish77", true)]
    [InlineData("taro at example dot com", true)]
    [InlineData("My iPhone on iOS17.2.1 cannot sign in", false)]
    [InlineData("x86_64-Linux", false)]
    [InlineData("0x80070005", false)]
    [InlineData("Hello-World2", false)]
    public void LabelledFileHoldsTheIssuesExamples(string text, bool secret) =>
        Assert.Contains(ReadLabelledFile(), l => l.Text == text && l.Secret == secret);

    [Fact]
    public void Evaluate_CountsMissesAndFalseAlarms()
    {
        LabelledSecretLine[] lines =
        [
            new("4111 1111 1111 1111", true, SensitiveKind.CardNumber),
            new("I forgot my password", true, null),
            new("電話は 090-1234-5678", false, null),
            new("はい", false, null),
        ];

        var evaluation = DetectorEvaluation.Evaluate(SensitiveDataDetector.CreateDefault(), lines);

        Assert.Equal(0.5, evaluation.Recall);
        Assert.Equal(0.5, evaluation.Precision);
        Assert.Equal(0.5, evaluation.LookAlikesLeftAlone);
        Assert.False(evaluation.MeetsTheBar);
    }

    [Fact]
    public void Read_UnknownKind_NamesTheLine()
    {
        var exception = Assert.Throws<InvalidDataException>(() =>
            LabelledSecretFile.Read(new StringReader("{\"text\":\"a\",\"secret\":false}\n{\"text\":\"b\",\"secret\":true,\"kind\":\"pin\"}")));

        Assert.Contains("line 2", exception.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<LabelledSecretLine> ReadLabelledFile()
    {
        using var reader = new StreamReader(LabelledFile);
        return LabelledSecretFile.Read(reader);
    }
}
