namespace SupportBot.Dialogs.Classification;

/// <summary>Configuration section "Classifier".</summary>
public sealed class SymptomClassifierOptions
{
    public const string SectionName = "Classifier";

    /// <summary>
    /// Where the trained model is cached between runs, keyed by a hash of the training data, the pipeline
    /// and the ML.NET version. Default: null, which trains from the embedded data on every start.
    /// </summary>
    public string? ModelCacheDirectory { get; set; }
}
