using Moq;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Classification;

public class ClassifierEvaluatorTests
{
    private static readonly LabelledUtterance[] Examples =
    [
        new("pw1", SymptomLabels.ForgotPassword),
        new("pw2", SymptomLabels.ForgotPassword),
        new("pw3", SymptomLabels.ForgotPassword),
        new("mail1", SymptomLabels.ForgotEmail),
    ];

    [Fact]
    public void Evaluate_CountsAccuracyConfusionAndPerLabelMetrics()
    {
        var classifier = ClassifierAnswering(new()
        {
            ["pw1"] = (SymptomLabels.ForgotPassword, 0.9),
            ["pw2"] = (SymptomLabels.ForgotPassword, 0.8),
            ["pw3"] = (SymptomLabels.ForgotEmail, 0.5),
            ["mail1"] = (SymptomLabels.ForgotEmail, 0.6),
        });

        var evaluation = ClassifierEvaluator.Evaluate(classifier, Examples);

        Assert.Equal(0.75, evaluation.Accuracy);
        Assert.Equal(2, evaluation.ConfusionMatrix[0][0]);
        Assert.Equal(1, evaluation.ConfusionMatrix[0][1]);
        Assert.Equal(1, evaluation.ConfusionMatrix[1][1]);
        var password = evaluation.PerLabel.Single(metrics => metrics.Label == SymptomLabels.ForgotPassword);
        Assert.Equal((1.0, 2.0 / 3, 0.8, 3), (password.Precision, password.Recall, password.F1, password.Support), new ToleranceComparer());
        var email = evaluation.PerLabel.Single(metrics => metrics.Label == SymptomLabels.ForgotEmail);
        Assert.Equal((0.5, 1.0, 2.0 / 3, 1), (email.Precision, email.Recall, email.F1, email.Support), new ToleranceComparer());
    }

    [Fact]
    public void Evaluate_OnlyWrongAnswersAtOrAboveTheThresholdCountAsConfidentlyWrong()
    {
        var classifier = ClassifierAnswering(new()
        {
            ["pw1"] = (SymptomLabels.AccountHijack, 0.7),
            ["pw2"] = (SymptomLabels.AccountHijack, 0.69),
            ["pw3"] = (SymptomLabels.ForgotPassword, 0.99),
            ["mail1"] = (SymptomLabels.ForgotEmail, 0.99),
        });

        var evaluation = ClassifierEvaluator.Evaluate(classifier, Examples);

        Assert.Equal(0.25, evaluation.ConfidentlyWrongRate);
        Assert.Equal(2, evaluation.Mistakes.Count);
    }

    [Fact]
    public void Evaluate_LabelNeverPredicted_HasZeroPrecisionInsteadOfNaN()
    {
        var classifier = ClassifierAnswering(Examples.ToDictionary(example => example.Text, _ => (SymptomLabels.OutOfScope, 0.5)));

        var evaluation = ClassifierEvaluator.Evaluate(classifier, Examples);

        Assert.All(evaluation.PerLabel, metrics => Assert.False(double.IsNaN(metrics.F1)));
        Assert.Equal(0, evaluation.Accuracy);
    }

    private static ITextClassifier ClassifierAnswering(Dictionary<string, (string Label, double Confidence)> answers)
    {
        var classifier = new Mock<ITextClassifier>();
        classifier.Setup(mock => mock.Classify(It.IsAny<string?>()))
            .Returns((string? text) => new Prediction(answers[text!].Label, answers[text!].Confidence, []));
        return classifier.Object;
    }

    private sealed class ToleranceComparer : IEqualityComparer<(double, double, double, int)>
    {
        public bool Equals((double, double, double, int) x, (double, double, double, int) y) =>
            Math.Abs(x.Item1 - y.Item1) < 1e-9 && Math.Abs(x.Item2 - y.Item2) < 1e-9 && Math.Abs(x.Item3 - y.Item3) < 1e-9 && x.Item4 == y.Item4;

        public int GetHashCode((double, double, double, int) obj) => obj.Item4;
    }
}
