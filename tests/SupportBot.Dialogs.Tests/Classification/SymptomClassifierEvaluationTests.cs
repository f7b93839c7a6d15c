using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Classification;

/// <summary>
/// The product bars (issue 14) on each model's evaluation set, which was written apart from its training data
/// (other people and situations) and is never trained on.
/// </summary>
public class SymptomClassifierEvaluationTests
{
    private static readonly Lazy<ClassifierEvaluation> Symptoms = new(() => Evaluate(ModelBar.Symptom, TrainedClassifier.Instance, LabelledUtteranceFile.EvaluationResource));

    private static readonly Lazy<ClassifierEvaluation> SymptomHoldout = new(() => Evaluate(ModelBar.Symptom, TrainedClassifier.Instance, LabelledUtteranceFile.HoldoutResource));

    private static readonly Lazy<ClassifierEvaluation> Answers = new(() => Evaluate(ModelBar.Answer, TrainedClassifier.Answers, TextModels.AnswerEvaluationResource));

    [Fact]
    public void TheSymptomModelMeetsItsBarOnUtterancesWrittenApartFromItsTrainingData() =>
        Assert.True(ModelBar.Symptom.Failures(Symptoms.Value).Count == 0, Describe(ModelBar.Symptom, Symptoms.Value));

    [Fact]
    public void TheSymptomModelMeetsItsBarOnTheHoldoutNobodyTunedAgainst() =>
        Assert.True(ModelBar.Symptom.Failures(SymptomHoldout.Value).Count == 0, Describe(ModelBar.Symptom, SymptomHoldout.Value));

    [Fact]
    public void TheAnswerModelMeetsItsBarOnRepliesWrittenApartFromItsTrainingData() =>
        Assert.True(ModelBar.Answer.Failures(Answers.Value).Count == 0, Describe(ModelBar.Answer, Answers.Value));

    private static ClassifierEvaluation Evaluate(ModelBar bar, ITextClassifier classifier, string resource) =>
        ClassifierEvaluator.Evaluate(classifier, LabelledUtteranceFile.ReadEmbedded(resource, bar.Labels).ToList(), bar.Labels, bar.ConfidentThreshold);

    private static string Describe(ModelBar bar, ClassifierEvaluation evaluation) =>
        string.Join("; ", bar.Failures(evaluation)) + "; mistakes:\n"
        + string.Join('\n', evaluation.Mistakes.Select(mistake => $"{mistake.Expected} -> {mistake.Predicted} {mistake.Confidence:F2} {mistake.Text}"));
}
