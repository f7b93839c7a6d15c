using System.Globalization;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tools;

/// <summary>Prints a <see cref="ClassifierEvaluation"/> as a plain-text table for people reading a terminal.</summary>
internal static class EvaluationReport
{
    private const int LabelWidth = 16;
    private const int CellWidth = 6;
    private const int RowHeaderWidth = LabelWidth + 4;

    public static async Task WriteAsync(ClassifierEvaluation evaluation, string source, TextWriter output)
    {
        await output.WriteLineAsync($"{evaluation.Total} utterances from {source}");
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"label",-LabelWidth}{"precision",10}{"recall",10}{"f1",10}{"support",10}");
        foreach (var metrics in evaluation.PerLabel)
        {
            await output.WriteLineAsync(
                $"{metrics.Label,-LabelWidth}{Fixed(metrics.Precision),10}{Fixed(metrics.Recall),10}{Fixed(metrics.F1),10}{metrics.Support,10}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("confusion matrix (rows: expected, columns: predicted, numbered as the rows)");
        var columnNumbers = Enumerable.Range(0, evaluation.Labels.Count).Select(column => $"[{column}]".PadLeft(CellWidth));
        await output.WriteLineAsync(new string(' ', RowHeaderWidth) + string.Concat(columnNumbers));
        for (var row = 0; row < evaluation.Labels.Count; row++)
        {
            var cells = evaluation.ConfusionMatrix[row].Select(count => count.ToString(CultureInfo.InvariantCulture).PadLeft(CellWidth));
            await output.WriteLineAsync($"[{row}] {evaluation.Labels[row]}".PadRight(RowHeaderWidth) + string.Concat(cells));
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"accuracy: {Fixed(evaluation.Accuracy)}");
        await output.WriteLineAsync($"confidently wrong (confidence >= {Fixed(evaluation.ConfidentThreshold)}): {Fixed(evaluation.ConfidentlyWrongRate)}");
        await output.WriteLineAsync($"wrong among answers given with confidence >= {Fixed(evaluation.ConfidentThreshold)}: {Fixed(evaluation.ConfidentErrorRate)}");

        if (evaluation.Mistakes.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("mistakes (expected -> predicted, confidence)");
            foreach (var mistake in evaluation.Mistakes.OrderByDescending(mistake => mistake.Confidence))
            {
                await output.WriteLineAsync($"  {mistake.Expected} -> {mistake.Predicted} {Fixed(mistake.Confidence)}  {mistake.Text}");
            }
        }
    }

    private static string Fixed(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
