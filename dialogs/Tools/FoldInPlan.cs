using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tools;

/// <summary>Why an exported line is not appended to the training file.</summary>
internal enum FoldInSkip
{
    /// <summary>The same utterance (once normalised) is already trained, or came earlier in the file.</summary>
    Duplicate,

    /// <summary>The same utterance is trained under another label: the operator and the data disagree, a person decides.</summary>
    TrainedUnderAnotherLabel,

    /// <summary>It equals an evaluation or holdout line: training on it would make the figures lie.</summary>
    EvaluationLine,

    /// <summary>It is a generic "can't log in" example, trained under every login label and so never under one.</summary>
    GenericExample,

    /// <summary>Nothing is left once redaction markers, punctuation and spaces are removed.</summary>
    NoWords,
}

/// <summary>Which exported lines a fold-in appends, and how many it skips for each reason.</summary>
internal sealed record FoldInPlan(IReadOnlyList<LabelledUtterance> Append, IReadOnlyDictionary<FoldInSkip, int> Skipped)
{
    public static FoldInPlan Make(
        IEnumerable<LabelledUtterance> exported,
        IEnumerable<LabelledUtterance> training,
        IEnumerable<string> evaluationTexts,
        IEnumerable<string> genericTexts)
    {
        var trained = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in training)
        {
            trained.TryAdd(TrainingLines.ComparisonKey(line.Text), line.Label);
        }

        var evaluation = evaluationTexts.Select(TrainingLines.ComparisonKey).ToHashSet(StringComparer.Ordinal);
        var generic = genericTexts.Select(TrainingLines.ComparisonKey).ToHashSet(StringComparer.Ordinal);
        var append = new List<LabelledUtterance>();
        var skipped = Enum.GetValues<FoldInSkip>().ToDictionary(reason => reason, _ => 0);
        foreach (var line in exported)
        {
            var key = TrainingLines.ComparisonKey(RedactionMarkers.Remove(line.Text));
            FoldInSkip? skip = key.Length == 0 ? FoldInSkip.NoWords
                : evaluation.Contains(TrainingLines.ComparisonKey(line.Text)) || evaluation.Contains(key) ? FoldInSkip.EvaluationLine
                : generic.Contains(key) ? FoldInSkip.GenericExample
                : trained.TryGetValue(TrainingLines.ComparisonKey(line.Text), out var label) ? (label == line.Label ? FoldInSkip.Duplicate : FoldInSkip.TrainedUnderAnotherLabel)
                : null;
            if (skip is { } reason)
            {
                skipped[reason]++;
                continue;
            }

            trained[TrainingLines.ComparisonKey(line.Text)] = line.Label;
            append.Add(line);
        }

        return new FoldInPlan(append, skipped);
    }

    public int SkippedCount => Skipped.Values.Sum();
}
