using SupportBot.Dialogs;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Flows.Main;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Hosting;

/// <summary>
/// Gets the models ready without making the first turns wait for what they do not use. Before the other
/// hosted services start, the classifier begins loading (or training) on its own thread and the dialogs
/// are built: the first message needs both. The recognizer models that only some answers need (the
/// sensitive-data detector's, the number and ordinal models) are built later, in the background, once
/// the classifier is ready and <see cref="RecognizerDelay"/> has passed: on two cores, building them
/// while the first requests are served (turns that arrive as soon as the host listens, after a restart
/// or a scale-out) made those turns slower. Each of them is also built on first need, so no turn
/// depends on this having run.
/// </summary>
internal sealed partial class ModelWarmUp(IServiceProvider services, TimeProvider time, ILogger<ModelWarmUp> logger)
    : IHostedLifecycleService, IDisposable
{
    /// <summary>How long after start the recognizer models wait before they are built.</summary>
    internal static readonly TimeSpan RecognizerDelay = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private ITextClassifier? _classifier;

    /// <summary>The background part: completes once the recognizer models are built (or the host stops first).</summary>
    internal Task RecognizersWarmedUp { get; private set; } = Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _classifier = services.GetRequiredKeyedService<ITextClassifier>(TextModels.Symptom);
        _ = services.GetRequiredService<MainDialog>();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var classifier = _classifier ?? services.GetRequiredKeyedService<ITextClassifier>(TextModels.Symptom);
        var detector = services.GetRequiredService<ISensitiveDataDetector>();
        RecognizersWarmedUp = Task.Run(() => WarmUpRecognizersAsync(classifier, detector, _stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task WarmUpRecognizersAsync(ITextClassifier classifier, ISensitiveDataDetector detector, CancellationToken stopping)
    {
        try
        {
            var delay = Task.Delay(RecognizerDelay, time, stopping);
            // A classifier that failed to build says so on every classification; that is not this warm-up's concern.
            await DialogsWarmUp.ClassifierReadyAsync(classifier).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await delay;
            DialogsWarmUp.BuildRecognizers(detector);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host stopped first; nothing needs the models any more.
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Nothing is lost: every model is also built the first time a turn needs it.
            LogWarmUpFailed(logger, exception);
        }
    }

    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _stopping.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up the recognizer models failed; each is built when first needed")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
