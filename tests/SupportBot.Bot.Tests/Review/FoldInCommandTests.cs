using System.Security.Cryptography;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Tools;

namespace SupportBot.Bot.Tests.Review;

/// <summary>
/// <c>fold-in</c> on a copy of <c>dialogs/Content</c> (given with <c>--content</c>, so the real files are never touched):
/// new lines are appended in the training format, duplicates and evaluation lines are skipped with their reasons, and
/// the model is evaluated before and after.
/// </summary>
public sealed class FoldInCommandTests : IDisposable
{
    private readonly string _content = ContentFolder.Copy();

    public void Dispose() => Directory.Delete(_content, recursive: true);

    [Fact]
    public async Task AnswerLinesAreAppendedDuplicatesAndEvaluationLinesSkippedAndTheFiguresPrintedBeforeAndAfter()
    {
        var realTraining = Hash(Path.Combine(ContentFolder.Find(), "Answers", "train.jsonl"));
        var training = Path.Combine(_content, "Answers", "train.jsonl");
        var before = await File.ReadAllTextAsync(training);
        var exported = await ExportedAsync(
            ("スマホでもパソコンでもまだ入れないままです", "no"), // new
            ("ぬるぽ", "other"), // new
            ("もっかい、教えて！", "repeat"), // training has もっかい教えて / repeat
            ("もっかい教えて", "yes"), // … and not as yes
            ("うーん、わかんない", "dont_know"), // the evaluation set has うーんわかんない🤔
            ("[redacted:phone]", "other"), // nothing left to learn from
            ("ぬるぽ", "other")); // twice in the file

        var (exitCode, output) = await RunAsync("fold-in", exported, "--content", _content);

        Assert.Equal(0, exitCode);
        var appended = TrainingLines.Format("スマホでもパソコンでもまだ入れないままです", "no") + "\n" + TrainingLines.Format("ぬるぽ", "other") + "\n";
        Assert.Equal(before + appended, await File.ReadAllTextAsync(training));
        Assert.Contains("appended: 2", output, StringComparison.Ordinal);
        Assert.Contains("skipped: 5", output, StringComparison.Ordinal);
        Assert.Contains("    2 already in training (same text once normalised, same label)", output, StringComparison.Ordinal);
        Assert.Contains("    1 already in training under another label", output, StringComparison.Ordinal);
        Assert.Contains("    1 equal to an evaluation/holdout line", output, StringComparison.Ordinal);
        Assert.Contains("    1 nothing left once redaction markers", output, StringComparison.Ordinal);
        Assert.Matches(@"eval\.jsonl \(386\) accuracy\s+0\.\d{3}\s+0\.\d{3}", output);
        Assert.Matches(@"eval\.jsonl \(386\) wrong among confident answers\s+0\.\d{3}\s+0\.\d{3}", output);
        Assert.Equal(realTraining, Hash(Path.Combine(ContentFolder.Find(), "Answers", "train.jsonl")));
    }

    [Fact]
    public async Task SymptomLinesEqualToAHoldoutOrEvaluationLineOrAGenericExampleAreNeverTrainedOn()
    {
        var training = Path.Combine(_content, "Classifier", "train.jsonl");
        var before = await File.ReadAllTextAsync(training);
        var exported = await ExportedAsync(
            ("アカウントの様子がおかしくて入れない、知らない端末からログイン通知が来た", "account_hijack"), // new
            ("パスワード忘れました、メールアドレスはわかります", "forgot_password"), // the holdout set's first line
            ("テレビでプライムビデオを見てるけど字幕が出ない", "out_of_scope"), // the evaluation set's first line
            ("ログインできません", "forgot_password")); // a generic example

        var (exitCode, output) = await RunAsync("fold-in", exported, "--model", "symptom", "--content", _content);

        Assert.Equal(0, exitCode);
        Assert.Equal(before + TrainingLines.Format("アカウントの様子がおかしくて入れない、知らない端末からログイン通知が来た", "account_hijack") + "\n", await File.ReadAllTextAsync(training));
        Assert.Contains("    2 equal to an evaluation/holdout line", output, StringComparison.Ordinal);
        Assert.Contains("    1 a generic \"can't log in\" example", output, StringComparison.Ordinal);
        Assert.Matches(@"holdout\.jsonl \(390\) accuracy\s+0\.\d{3}\s+0\.\d{3}", output);
        Assert.Matches(@"eval\.jsonl \(511\) accuracy\s+0\.\d{3}\s+0\.\d{3}", output);

        // What the data tests hold the real files to, held for the copy after the fold-in.
        var trained = LabelledUtteranceFile.Read(new StringReader(await File.ReadAllTextAsync(training))).Select(line => TrainingLines.ComparisonKey(line.Text)).ToHashSet();
        foreach (var evaluation in new[] { "holdout.jsonl", "eval.jsonl" })
        {
            var lines = LabelledUtteranceFile.Read(new StringReader(await File.ReadAllTextAsync(Path.Combine(_content, "Classifier", evaluation))));
            Assert.DoesNotContain(lines, line => trained.Contains(TrainingLines.ComparisonKey(line.Text)));
        }
    }

    [Fact]
    public async Task AFileMixingSymptomAndAnswerLabelsIsRefusedAndNothingIsWritten()
    {
        var training = Path.Combine(_content, "Answers", "train.jsonl");
        var before = await File.ReadAllTextAsync(training);
        var exported = await ExportedAsync(("ぬるぽ", "other"), ("アカウントがおかしい", "forgot_email"));

        var (exitCode, _) = await RunAsync("fold-in", exported, "--content", _content);

        Assert.Equal(2, exitCode);
        Assert.Equal(before, await File.ReadAllTextAsync(training));
    }

    private async Task<string> ExportedAsync(params (string Text, string Label)[] lines)
    {
        var path = Path.Combine(_content, "exported.jsonl");
        await File.WriteAllLinesAsync(path, lines.Select(line => TrainingLines.Format(line.Text, line.Label)));
        return path;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await FoldInCommandLine.TryRunAsync(args, stdout, stderr);
        return (exitCode ?? -1, stdout + stderr.ToString());
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
