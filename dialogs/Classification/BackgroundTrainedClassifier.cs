namespace SupportBot.Dialogs.Classification;

/// <summary>
/// Trains (or loads) the model on a background thread from the moment it is constructed, so the host
/// starts listening at once; a classification arriving before the model is ready waits for it.
/// </summary>
internal sealed class BackgroundTrainedClassifier : ITextClassifier, IDisposable
{
    private readonly Task<MlNetTextClassifier> _ready;

    public BackgroundTrainedClassifier(Func<MlNetTextClassifier> create)
    {
        _ready = Task.Run(create);
    }

    /// <summary>Completes when the model is ready (or faults with the reason it could not be built).</summary>
    public Task WhenReady => _ready;

    // Blocking is deliberate: the wait happens at most once per process, only for messages that arrive
    // during the first seconds, and ITextClassifier stays synchronous for the hot path afterwards.
    public Prediction Classify(string? text) => _ready.GetAwaiter().GetResult().Classify(text);

    public void Dispose()
    {
        if (_ready.IsCompletedSuccessfully)
        {
            _ready.Result.Dispose();
        }
    }
}
