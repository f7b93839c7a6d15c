using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Recognition;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Benchmarks.Micro;

/// <summary>
/// Per-message latency distributions (BenchmarkDotNet reports means, the goal is a p99): the symptom
/// classifier alone, and the whole understanding step every message goes through (both models, the
/// generic-login check and the lexicon facts).
/// </summary>
internal static class ClassifierLatency
{
    private static readonly string[] Utterances =
    [
        "パスワードを忘れてしまいました", "登録したメールアドレスがわかりません", "ログインできない",
        "確認コードが届きません", "知らない注文があって不正ログインされたかも", "キャッシュとクッキーを消したい",
        "I forgot my password", "I can't remember which email I used", "someone hacked my account", "こんにちは",
        "来てないと思う", "ありがとう、やってみます", "いや、ブラウザじゃなくてパスワードを忘れたんだと思う", "Androidです",
        "what number do I call from my cell?", "no luck, still looping",
    ];

    public static IReadOnlyList<(string What, double P50Us, double P99Us, double MaxUs, int Calls)> Measure(int calls = 20_000)
    {
        var options = new SymptomClassifierOptions();
        var symptoms = TextClassifierFactory.Create(TextModels.SymptomSpec, options, NullLogger.Instance);
        var answers = TextClassifierFactory.Create(TextModels.AnswerSpec, options, NullLogger.Instance);
        var understander = new MessageUnderstander(
            symptoms, answers, GenericLoginProblemDetector.FromEmbeddedContent(), UnderstandingLexicon.LoadEmbedded(), InterruptionRecognizer.LoadEmbedded());
        return
        [
            Distribution("symptom classifier", text => symptoms.Classify(text), calls),
            Distribution("understanding step (both models, generic check, lexicon facts)", text => understander.Understand(text), calls),
        ];
    }

    private static (string What, double P50Us, double P99Us, double MaxUs, int Calls) Distribution(string what, Action<string> run, int calls)
    {
        // Warm up by time, not by count: tiered compilation promotes hot code only after a delay of
        // ~100 ms with no new methods, so 2,000 calls (~20 ms) measured mostly tier-0 code.
        var warmUpUntil = Stopwatch.GetTimestamp() + (2 * Stopwatch.Frequency);
        for (var i = 0; Stopwatch.GetTimestamp() < warmUpUntil; i++)
        {
            run(Utterances[i % Utterances.Length]);
        }

        var ticks = new long[calls];
        for (var i = 0; i < calls; i++)
        {
            var started = Stopwatch.GetTimestamp();
            run(Utterances[i % Utterances.Length]);
            ticks[i] = Stopwatch.GetTimestamp() - started;
        }

        Array.Sort(ticks);
        double Us(long t) => t * 1_000_000.0 / Stopwatch.Frequency;
        return (what, Us(ticks[calls / 2]), Us(ticks[(int)(calls * 0.99)]), Us(ticks[^1]), calls);
    }
}
