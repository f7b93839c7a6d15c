namespace SupportBot.Dialogs.Classification;

/// <summary>What the classifier thinks an utterance is about.</summary>
/// <param name="Label">The most probable label (one of <see cref="SymptomLabels.All"/>).</param>
/// <param name="Confidence">The model's probability for <paramref name="Label"/>, 0..1.</param>
/// <param name="Alternatives">Every label with its probability, most probable first (so the first is <paramref name="Label"/>).</param>
public sealed record Prediction(string Label, double Confidence, IReadOnlyList<LabelScore> Alternatives);

/// <summary>One label and the probability the model gives it.</summary>
public sealed record LabelScore(string Label, double Score);
