namespace SupportBot.Dialogs.Classification;

/// <summary>Scores a classifier against labelled examples it was not trained on.</summary>
internal static class ClassifierEvaluator
{
    /// <summary>At or above this confidence the conversation routes without asking, so a wrong answer here is costly.</summary>
    public const double DefaultConfidentThreshold = 0.7;

    public static ClassifierEvaluation Evaluate(
        ITextClassifier classifier,
        IReadOnlyCollection<LabelledUtterance> examples,
        IReadOnlyList<string>? labels = null,
        double confidentThreshold = DefaultConfidentThreshold)
    {
        labels ??= SymptomLabels.All;
        var matrix = labels.Select(_ => new int[labels.Count]).ToArray();
        var mistakes = new List<Misclassification>();
        var confidentlyWrong = 0;
        var confident = 0;

        foreach (var example in examples)
        {
            var prediction = classifier.Classify(example.Text);
            confident += prediction.Confidence >= confidentThreshold ? 1 : 0;
            matrix[IndexOf(labels, example.Label)][IndexOf(labels, prediction.Label)]++;
            if (prediction.Label == example.Label)
            {
                continue;
            }

            mistakes.Add(new Misclassification(example.Text, example.Label, prediction.Label, prediction.Confidence));
            if (prediction.Confidence >= confidentThreshold)
            {
                confidentlyWrong++;
            }
        }

        var total = examples.Count;
        var correct = Enumerable.Range(0, labels.Count).Sum(i => matrix[i][i]);
        return new ClassifierEvaluation(
            total,
            Ratio(correct, total),
            confidentThreshold,
            Ratio(confidentlyWrong, total),
            Ratio(confidentlyWrong, confident),
            labels.Select((label, i) => MetricsFor(label, i, matrix)).ToList(),
            labels,
            matrix,
            mistakes);
    }

    private static LabelMetrics MetricsFor(string label, int index, int[][] matrix)
    {
        var truePositives = matrix[index][index];
        var predicted = matrix.Sum(row => row[index]);
        var actual = matrix[index].Sum();
        var precision = Ratio(truePositives, predicted);
        var recall = Ratio(truePositives, actual);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LabelMetrics(label, precision, recall, f1, actual);
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown label '{label}'.", nameof(label));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
