using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Classification;

/// <summary>
/// What a model must reach on its evaluation set (written apart from its training data) before it ships:
/// the `eval` command and the evaluation tests hold both models to these.
/// </summary>
internal sealed record ModelBar(
    TextModelSpec Spec,
    IReadOnlyList<string> Labels,
    double ConfidentThreshold,
    double MinimumAccuracy,
    double MaximumConfidentlyWrong,
    double MaximumConfidentErrorRate,
    string? RecallLabel = null,
    double MinimumRecall = 0)
{
    /// <summary>Issue 14: accuracy ≥ 0.95, confidently wrong ≤ 0.02, of the answers given at ≥ 0.7 at most 2% wrong, out-of-scope recall ≥ 0.9.</summary>
    public static ModelBar Symptom { get; } = new(
        TextModels.SymptomSpec, SymptomLabels.All, ClassifierEvaluator.DefaultConfidentThreshold,
        MinimumAccuracy: 0.95, MaximumConfidentlyWrong: 0.02, MaximumConfidentErrorRate: 0.02,
        RecallLabel: SymptomLabels.OutOfScope, MinimumRecall: 0.9);

    /// <summary>Answers are acted on at <see cref="MessageUnderstanding.AnswerConfidence"/>, so that is where wrong answers are counted.</summary>
    public static ModelBar Answer { get; } = new(
        TextModels.AnswerSpec, AnswerKinds.All, MessageUnderstanding.AnswerConfidence,
        MinimumAccuracy: 0.9, MaximumConfidentlyWrong: 0.03, MaximumConfidentErrorRate: 0.03);

    /// <summary>Each way <paramref name="evaluation"/> falls short of this bar, in words; empty when it meets it.</summary>
    public IReadOnlyList<string> Failures(ClassifierEvaluation evaluation)
    {
        var failures = new List<string>();
        if (evaluation.Accuracy < MinimumAccuracy)
        {
            failures.Add($"accuracy {evaluation.Accuracy:F3} < {MinimumAccuracy:F2}");
        }

        if (evaluation.ConfidentlyWrongRate > MaximumConfidentlyWrong)
        {
            failures.Add($"confidently wrong {evaluation.ConfidentlyWrongRate:F3} > {MaximumConfidentlyWrong:F2}");
        }

        if (evaluation.ConfidentErrorRate > MaximumConfidentErrorRate)
        {
            failures.Add($"wrong among confident answers {evaluation.ConfidentErrorRate:F3} > {MaximumConfidentErrorRate:F2}");
        }

        if (RecallLabel is not null && evaluation.PerLabel.Single(metrics => metrics.Label == RecallLabel).Recall < MinimumRecall)
        {
            failures.Add($"{RecallLabel} recall {evaluation.PerLabel.Single(metrics => metrics.Label == RecallLabel).Recall:F3} < {MinimumRecall:F2}");
        }

        return failures;
    }
}
