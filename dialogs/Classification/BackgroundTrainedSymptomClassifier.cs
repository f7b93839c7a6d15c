namespace SupportBot.Dialogs.Classification;

/// <summary>
/// Trains (or loads) the model on a background thread from the moment it is constructed, so the host
/// starts listening at once; a classification arriving before the model is ready waits for it.
/// </summary>
internal sealed class BackgroundTrainedSymptomClassifier : ISymptomClassifier, IDisposable
{
    private readonly Task<MlNetSymptomClassifier> _ready;

    public BackgroundTrainedSymptomClassifier(Func<MlNetSymptomClassifier> create)
    {
        _ready = Task.Run(create);
    }

    /// <summary>Completes when the model is ready (or faults with the reason it could not be built).</summary>
    public Task WhenReady => _ready;

    // Blocking is deliberate: the wait happens at most once per process, only for messages that arrive
    // during the first seconds, and ISymptomClassifier stays synchronous for the hot path afterwards.
    public SymptomPrediction Classify(string? text) => _ready.GetAwaiter().GetResult().Classify(text);

    public void Dispose()
    {
        if (_ready.IsCompletedSuccessfully)
        {
            _ready.Result.Dispose();
        }
    }
}
