namespace SupportBot.Dialogs.Classification;

/// <summary>Recognises which login problem (or none) a user's free text describes.</summary>
public interface ISymptomClassifier
{
    /// <summary>Classifies one utterance. Never throws for null, empty or very long text; safe to call concurrently.</summary>
    SymptomPrediction Classify(string? text);
}
