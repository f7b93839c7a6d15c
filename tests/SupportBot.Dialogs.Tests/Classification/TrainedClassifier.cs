using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Classification;

/// <summary>
/// One model of each kind for the whole test run: training is the slow part and every test reads the same models.
/// Trained afresh (no cache) so the tests always measure the model the current data and pipeline produce.
/// </summary>
internal static class TrainedClassifier
{
    private static readonly Lazy<MlNetTextClassifier> Shared =
        new(() => TextClassifierFactory.Create(TextModels.SymptomSpec, new SymptomClassifierOptions { ModelCacheDirectory = "" }, NullLogger.Instance));

    private static readonly Lazy<MlNetTextClassifier> SharedAnswers =
        new(() => TextClassifierFactory.Create(TextModels.AnswerSpec, new SymptomClassifierOptions { ModelCacheDirectory = "" }, NullLogger.Instance));

    /// <summary>The symptom model.</summary>
    public static MlNetTextClassifier Instance => Shared.Value;

    /// <summary>The answer model.</summary>
    public static MlNetTextClassifier Answers => SharedAnswers.Value;
}
