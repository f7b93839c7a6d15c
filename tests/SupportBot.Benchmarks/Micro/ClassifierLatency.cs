using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Benchmarks.Micro;

/// <summary>Per-utterance latency distribution of the classifier (BenchmarkDotNet reports means, the goal is a p99).</summary>
internal static class ClassifierLatency
{
    private static readonly string[] Utterances =
    [
        "パスワードを忘れてしまいました", "登録したメールアドレスがわかりません", "ログインできない",
        "確認コードが届きません", "知らない注文があって不正ログインされたかも", "キャッシュとクッキーを消したい",
        "I forgot my password", "I can't remember which email I used", "someone hacked my account", "こんにちは",
    ];

    public static (double P50Us, double P99Us, double MaxUs, int Calls) Measure(int calls = 20_000)
    {
        var classifier = TextClassifierFactory.Create(TextModels.SymptomSpec, new SymptomClassifierOptions(), NullLogger.Instance);
        // Warm up by time, not by count: tiered compilation promotes hot code only after a delay of
        // ~100 ms with no new methods, so 2,000 calls (~20 ms) measured mostly tier-0 code.
        var warmUpUntil = Stopwatch.GetTimestamp() + (2 * Stopwatch.Frequency);
        for (var i = 0; Stopwatch.GetTimestamp() < warmUpUntil; i++)
        {
            classifier.Classify(Utterances[i % Utterances.Length]);
        }

        var ticks = new long[calls];
        for (var i = 0; i < calls; i++)
        {
            var started = Stopwatch.GetTimestamp();
            classifier.Classify(Utterances[i % Utterances.Length]);
            ticks[i] = Stopwatch.GetTimestamp() - started;
        }

        Array.Sort(ticks);
        double Us(long t) => t * 1_000_000.0 / Stopwatch.Frequency;
        return (Us(ticks[calls / 2]), Us(ticks[(int)(calls * 0.99)]), Us(ticks[^1]), calls);
    }
}
