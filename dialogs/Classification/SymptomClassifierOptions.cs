namespace SupportBot.Dialogs.Classification;

/// <summary>Configuration section "Classifier".</summary>
public sealed class SymptomClassifierOptions
{
    public const string SectionName = "Classifier";

    /// <summary>
    /// Where the trained model is cached between runs, keyed by a hash of the training data, the pipeline
    /// and the ML.NET version; loading it takes about a quarter of the time training does.
    /// Default: <c>supportbot-models</c> under the system temp directory. Empty disables the cache (train on every start).
    /// </summary>
    public string? ModelCacheDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "supportbot-models");
}
