using System.Globalization;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tools;

/// <summary>The fold-in command's before/after table: each evaluation file's headline figures, trained without and with the new lines.</summary>
internal static class FoldInReport
{
    public static string Describe(FoldInSkip reason) => reason switch
    {
        FoldInSkip.Duplicate => "already in training (same text once normalised, same label), or repeated in the file",
        FoldInSkip.TrainedUnderAnotherLabel => "already in training under another label (check which label is right by hand)",
        FoldInSkip.EvaluationLine => "equal to an evaluation/holdout line (never trained on, or the figures would lie)",
        FoldInSkip.GenericExample => "a generic \"can't log in\" example (trained under every login label, never under one)",
        FoldInSkip.NoWords => "nothing left once redaction markers, punctuation and spaces are removed",
        _ => reason.ToString(),
    };

    public static async Task WriteAsync(IReadOnlyList<Figures> before, IReadOnlyList<Figures> after, TextWriter output)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"figure",-52}{"before",10}{"after",10}");
        for (var i = 0; i < before.Count; i++)
        {
            var (was, now) = (before[i].Evaluation, after[i].Evaluation);
            var source = $"{before[i].Source} ({was.Total})";
            await RowAsync($"{source} accuracy", was.Accuracy, now.Accuracy, output);
            await RowAsync($"{source} confidently wrong (>= {Fixed(was.ConfidentThreshold)})", was.ConfidentlyWrongRate, now.ConfidentlyWrongRate, output);
            await RowAsync($"{source} wrong among confident answers", was.ConfidentErrorRate, now.ConfidentErrorRate, output);
            var macroBefore = was.PerLabel.Average(label => label.F1);
            var macroAfter = now.PerLabel.Average(label => label.F1);
            await RowAsync($"{source} macro F1", macroBefore, macroAfter, output);
        }
    }

    private static Task RowAsync(string name, double before, double after, TextWriter output) =>
        output.WriteLineAsync($"{name,-52}{Fixed(before),10}{Fixed(after),10}");

    private static string Fixed(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    public sealed record Figures(string Source, ClassifierEvaluation Evaluation);
}
