namespace SupportBot.Dialogs.Classification;

/// <summary>How a classifier did on a labelled set.</summary>
/// <param name="Total">Number of examples scored.</param>
/// <param name="Accuracy">Share of examples whose top label was right.</param>
/// <param name="ConfidentThreshold">The confidence at or above which the conversation routes without asking.</param>
/// <param name="ConfidentlyWrongRate">Share of all examples predicted wrongly with confidence at or above <paramref name="ConfidentThreshold"/>.</param>
/// <param name="ConfidentErrorRate">Calibration: of the predictions made with confidence at or above <paramref name="ConfidentThreshold"/>, the share that were wrong.</param>
/// <param name="PerLabel">Precision, recall and F1 per label, in <paramref name="Labels"/> order.</param>
/// <param name="Labels">Row and column order of <paramref name="ConfusionMatrix"/>.</param>
/// <param name="ConfusionMatrix">[expected][predicted] counts.</param>
/// <param name="Mistakes">Every wrong prediction, for the report.</param>
internal sealed record ClassifierEvaluation(
    int Total,
    double Accuracy,
    double ConfidentThreshold,
    double ConfidentlyWrongRate,
    double ConfidentErrorRate,
    IReadOnlyList<LabelMetrics> PerLabel,
    IReadOnlyList<string> Labels,
    IReadOnlyList<IReadOnlyList<int>> ConfusionMatrix,
    IReadOnlyList<Misclassification> Mistakes);

/// <summary>Precision, recall and F1 of one label; <paramref name="Support"/> is how many examples carry it.</summary>
internal sealed record LabelMetrics(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>An example the classifier got wrong, kept so the report can show what to look at.</summary>
internal sealed record Misclassification(string Text, string Expected, string Predicted, double Confidence);
