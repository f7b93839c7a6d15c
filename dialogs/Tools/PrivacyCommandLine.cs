using System.Globalization;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tools;

/// <summary>
/// <c>privacy-eval &lt;file.jsonl&gt;</c>: runs the sensitive-data detector on a labelled file
/// (<c>dialogs/Content/Privacy/secrets.jsonl</c>) and prints recall on the secrets, precision, the share of
/// look-alikes left alone, each miss and each false alarm, under the bot's redaction policy (its public support
/// numbers, given by the host from its settings, are not secrets). Exit code 1 below the bar of issue 15.
/// <c>privacy-eval --ordinary &lt;file.jsonl&gt;</c> reads every line's "text" as a look-alike (the classifier's files: ordinary
/// support messages) and prints how many the detector leaves alone. Both end with the detector's time per line (the best of
/// three passes after the evaluation has warmed it up): a printed figure to compare commits by, not a test.
/// </summary>
public static class PrivacyCommandLine
{
    private const int UsageError = 2;
    private const int BelowBar = 1;

    /// <summary>Runs the command named by <paramref name="args"/>; null when the args are not this command.</summary>
    public static async Task<int?> TryRunAsync(string[] args, IReadOnlyList<string> publicPhoneNumbers, TextWriter stdout, TextWriter stderr)
    {
        switch (args)
        {
            case ["privacy-eval", "--ordinary", var path]:
                return await RunAsync(path, ordinary: true, publicPhoneNumbers, stdout, stderr);
            case ["privacy-eval", var path] when !path.StartsWith("--", StringComparison.Ordinal):
                return await RunAsync(path, ordinary: false, publicPhoneNumbers, stdout, stderr);
            case ["privacy-eval", ..]:
                await stderr.WriteLineAsync("usage: privacy-eval [--ordinary] <file.jsonl>");
                return UsageError;
            default:
                return null;
        }
    }

    private static async Task<int> RunAsync(string path, bool ordinary, IReadOnlyList<string> publicPhoneNumbers, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<LabelledSecretLine> lines;
        try
        {
            using var reader = new StreamReader(CommandPaths.FromCallerDirectory(path));
            lines = LabelledSecretFile.Read(reader, ordinary);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await stderr.WriteLineAsync($"privacy-eval: cannot read {path}: {exception.Message}");
            return UsageError;
        }

        var detector = SensitiveDataDetector.CreateDefault();
        var evaluation = DetectorEvaluation.Evaluate(detector, lines, new RedactionOptions { PublicPhoneNumbers = [.. publicPhoneNumbers] });
        await WriteAsync(evaluation, path, stdout);
        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync(
            $"detector time: {BestMicrosecondsPerLine(detector, lines).ToString("F1", CultureInfo.InvariantCulture)} µs a line (best of {TimedPasses} passes over {lines.Count} lines)");
        return evaluation.MeetsTheBar ? 0 : BelowBar;
    }

    private const int TimedPasses = 3;

    private static double BestMicrosecondsPerLine(SensitiveDataDetector detector, IReadOnlyList<LabelledSecretLine> lines)
    {
        var best = double.MaxValue;
        for (var pass = 0; pass < TimedPasses; pass++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            foreach (var line in lines)
            {
                detector.Find(line.Text);
            }

            best = Math.Min(best, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }

        return lines.Count == 0 ? 0 : best / lines.Count;
    }

    private static async Task WriteAsync(DetectorEvaluation evaluation, string path, TextWriter stdout)
    {
        await stdout.WriteLineAsync($"{evaluation.Secrets} secrets and {evaluation.LookAlikes} look-alikes from {path}");
        await stdout.WriteLineAsync($"recall on secrets:       {Fixed(evaluation.Recall)} ({evaluation.SecretsFound}/{evaluation.Secrets}; bar {Fixed(DetectorEvaluation.RecallBar)})");
        await stdout.WriteLineAsync($"  found as the labelled kind: {evaluation.SecretsFoundAsLabelled}/{evaluation.Secrets} (password, card and code are handled alike)");
        await stdout.WriteLineAsync($"precision:               {Fixed(evaluation.Precision)} (bar {Fixed(DetectorEvaluation.PrecisionBar)})");
        await stdout.WriteLineAsync($"look-alikes left alone:  {Fixed(evaluation.LookAlikesLeftAlone)} ({evaluation.LookAlikes - evaluation.LookAlikesFlagged}/{evaluation.LookAlikes}; bar {Fixed(DetectorEvaluation.PrecisionBar)})");
        await WriteMistakesAsync("missed secrets (expected kind: text -> found)", evaluation.Misses, stdout);
        await WriteMistakesAsync("false alarms on look-alikes (text -> found)", evaluation.FalseAlarms, stdout);
    }

    private static async Task WriteMistakesAsync(string title, IReadOnlyList<DetectorMistake> mistakes, TextWriter stdout)
    {
        if (mistakes.Count == 0)
        {
            return;
        }

        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync(title);
        foreach (var (line, findings) in mistakes)
        {
            var found = findings.Count == 0
                ? "nothing"
                : string.Join(", ", findings.Select(f => $"{f.Kind} '{line.Text.Substring(f.Start, f.Length)}'"));
            var expected = line.Secret ? $"{line.Kind?.ToString() ?? "secret"}: " : string.Empty;
            await stdout.WriteLineAsync($"  {expected}{line.Text.ReplaceLineEndings(" ")} -> {found}");
        }
    }

    private static string Fixed(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
