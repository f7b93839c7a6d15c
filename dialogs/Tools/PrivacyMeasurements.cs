using System.Diagnostics;
using System.Globalization;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Privacy.Learned;

namespace SupportBot.Dialogs.Tools;

/// <summary>
/// <c>privacy-crossval</c>: for each read file, the judge trained on the other read files and measured on it (how the
/// learned detector does on text it has not learned from), next to the scanners alone. <c>privacy-latency</c>: p50 and
/// p99 time per message over every read line, scanners alone and with the judge.
/// </summary>
internal static class PrivacyMeasurements
{
    public static async Task CrossValidateAsync(RedactionOptions policy, TextWriter stdout)
    {
        var lexicon = NotSecretsLexicon.LoadEmbedded();
        var scanners = new SensitiveDataDetector(lexicon);
        var files = PrivacyTrainingLines.ResourceNames().ToDictionary(name => name, PrivacyTrainingLines.Read);
        await stdout.WriteLineAsync("held-out file: scanners alone (recall / precision / left alone) -> with judge trained on the others");
        foreach (var (held, lines) in files)
        {
            using var judge = SecretJudgeTrainer.Train(scanners, files.Where(f => f.Key != held).SelectMany(f => f.Value));
            var before = DetectorEvaluation.Evaluate(scanners, lines, policy);
            var after = DetectorEvaluation.Evaluate(new SensitiveDataDetector(lexicon, judge), lines, policy);
            await stdout.WriteLineAsync($"{held[PrivacyTrainingLines.ResourcePrefix.Length..],-22} {Figures(before)} -> {Figures(after)}");
            foreach (var mistake in after.Misses.Concat(after.FalseAlarms))
            {
                await stdout.WriteLineAsync($"    {(mistake.Line.Secret ? "missed" : "alarm ")} {mistake.Line.Text.ReplaceLineEndings(" ")}");
            }
        }
    }

    /// <summary>Every held-out file pooled, for each pair of thresholds: which pair the judge ships with.</summary>
    public static async Task SweepAsync(RedactionOptions policy, TextWriter stdout)
    {
        var lexicon = NotSecretsLexicon.LoadEmbedded();
        var scanners = new SensitiveDataDetector(lexicon);
        var files = PrivacyTrainingLines.ResourceNames().ToDictionary(name => name, PrivacyTrainingLines.Read);
        var judges = files.Keys.ToDictionary(held => held, held => SecretJudgeTrainer.Train(scanners, files.Where(f => f.Key != held).SelectMany(f => f.Value)));
        foreach (var veto in new[] { 0f, 0.02f, 0.05f, 0.1f, 0.2f })
        {
            foreach (var add in new[] { 0.6f, 0.75f, 0.85f, 0.95f, 1.01f })
            {
                int secrets = 0, found = 0, lookAlikes = 0, flagged = 0, found6 = 0, flagged6 = 0;
                foreach (var (held, lines) in files)
                {
                    var e = DetectorEvaluation.Evaluate(new SensitiveDataDetector(lexicon, judges[held].WithThresholds(veto, add)), lines, policy);
                    secrets += e.Secrets;
                    found += e.SecretsFound;
                    lookAlikes += e.LookAlikes;
                    flagged += e.LookAlikesFlagged;
                    if (held.EndsWith("blind6.jsonl", StringComparison.Ordinal))
                    {
                        found6 = e.SecretsFound;
                        flagged6 = e.LookAlikesFlagged;
                    }
                }

                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"veto<{veto:F2} add>={add:F2}: missed {secrets - found}/{secrets}, flagged {flagged}/{lookAlikes}, recall {(double)found / secrets:F3} precision {(double)found / (found + flagged):F3}; blind6 missed {140 - found6} flagged {flagged6}"));
            }
        }
    }

    public static async Task LatencyAsync(TextWriter stdout)
    {
        var lines = PrivacyTrainingLines.ReadAll().Select(l => l.Text).ToList();
        var scanners = new SensitiveDataDetector(NotSecretsLexicon.LoadEmbedded());
        var started = Stopwatch.GetTimestamp();
        var learned = SensitiveDataDetector.CreateDefault();
        await stdout.WriteLineAsync($"judge trained in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        foreach (var (name, detector) in new[] { ("scanners alone", scanners), ("with judge", learned) })
        {
            detector.WarmUp();
            var times = new List<double>(lines.Count * 5);
            for (var round = 0; round < 5; round++)
            {
                foreach (var line in lines)
                {
                    var start = Stopwatch.GetTimestamp();
                    detector.Find(line);
                    times.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                }
            }

            times.Sort();
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name,-15} p50 {times[times.Count / 2]:F0} µs  p99 {times[(int)(times.Count * 0.99)]:F0} µs  max {times[^1]:F0} µs over {times.Count} messages"));
        }
    }

    private static string Figures(DetectorEvaluation e) =>
        string.Create(CultureInfo.InvariantCulture, $"{e.Recall:F3} / {e.Precision:F3} / {e.LookAlikesLeftAlone:F3}");
}
