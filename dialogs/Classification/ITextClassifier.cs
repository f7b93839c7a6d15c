namespace SupportBot.Dialogs.Classification;

/// <summary>
/// Scores a user's free text against a trained model's labels. Two models use it, registered as keyed
/// services (<see cref="TextModels.Symptom"/>: which login problem; <see cref="TextModels.Answer"/>: what
/// an answer to the bot's question means).
/// </summary>
public interface ITextClassifier
{
    /// <summary>Classifies one utterance. Never throws for null, empty or very long text; safe to call concurrently.</summary>
    Prediction Classify(string? text);
}
