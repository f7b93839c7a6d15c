using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Classification;

/// <summary>One model for the whole test run: training is the slow part and every test reads the same model.</summary>
internal static class TrainedClassifier
{
    private static readonly Lazy<MlNetSymptomClassifier> Shared =
        new(() => SymptomClassifierFactory.Create(new SymptomClassifierOptions(), NullLogger.Instance));

    public static MlNetSymptomClassifier Instance => Shared.Value;
}
