using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs;

/// <summary>
/// What the dialogs build on first need, for a host that wants it built ahead of the first turns that need it
/// (the bot's <c>ModelWarmUp</c> decides when).
/// </summary>
public static class DialogsWarmUp
{
    /// <summary>Completes when <paramref name="classifier"/> can classify (one trained in the background may still be training).</summary>
    public static Task ClassifierReadyAsync(ITextClassifier classifier) =>
        classifier is BackgroundTrainedClassifier { WhenReady: var ready } ? ready : Task.CompletedTask;

    /// <summary>Builds the recognizer models that only some answers need: the sensitive-data detector's and the ordinal model.</summary>
    public static void BuildRecognizers(ISensitiveDataDetector detector)
    {
        (detector as SensitiveDataDetector)?.WarmUp();
        OrdinalRecognizer.WarmUp();
    }
}
