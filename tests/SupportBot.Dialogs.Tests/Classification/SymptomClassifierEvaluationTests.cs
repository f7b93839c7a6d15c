using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Classification;

/// <summary>The product bar (issue 4) on the repository's evaluation set, which the model never trains on.</summary>
public class SymptomClassifierEvaluationTests
{
    private static readonly Lazy<ClassifierEvaluation> Evaluation = new(() => ClassifierEvaluator.Evaluate(
        TrainedClassifier.Instance,
        LabelledUtteranceFile.ReadEmbedded(LabelledUtteranceFile.EvaluationResource).ToList()));

    [Fact]
    public void AtLeastNinetyPercentOfUnseenUtterancesAreClassifiedRight()
    {
        Assert.True(Evaluation.Value.Accuracy >= 0.90, Describe(Evaluation.Value));
    }

    [Fact]
    public void AtMostThreePercentOfUnseenUtterancesAreRoutedWronglyWithConfidence()
    {
        Assert.True(Evaluation.Value.ConfidentlyWrongRate <= 0.03, Describe(Evaluation.Value));
    }

    private static string Describe(ClassifierEvaluation evaluation) =>
        $"accuracy {evaluation.Accuracy:F3}, confidently wrong {evaluation.ConfidentlyWrongRate:F3}; mistakes:\n"
        + string.Join('\n', evaluation.Mistakes.Select(mistake => $"{mistake.Expected} -> {mistake.Predicted} {mistake.Confidence:F2} {mistake.Text}"));
}
