using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Classification;

/// <summary>
/// One model for the whole test run: training is the slow part and every test reads the same model.
/// Trained afresh (no cache) so the tests always measure the model the current data and pipeline produce.
/// </summary>
internal static class TrainedClassifier
{
    private static readonly Lazy<MlNetSymptomClassifier> Shared =
        new(() => SymptomClassifierFactory.Create(new SymptomClassifierOptions { ModelCacheDirectory = "" }, NullLogger.Instance));

    public static MlNetSymptomClassifier Instance => Shared.Value;
}
