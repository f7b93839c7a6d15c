using Microsoft.Extensions.Logging;
using Microsoft.ML;

namespace SupportBot.Dialogs.Classification;

/// <summary>Builds the production classifier from the embedded training data (or its cached model).</summary>
internal static class SymptomClassifierFactory
{
    public static MlNetSymptomClassifier Create(SymptomClassifierOptions options, ILogger logger)
    {
        // A fixed seed makes training reproducible, so the evaluation figures are too.
        var mlContext = new MLContext(seed: 0);
        var model = new SymptomModelStore(mlContext, options, logger).LoadOrTrain();
        return new MlNetSymptomClassifier(mlContext, model);
    }
}
