using Microsoft.Extensions.Logging;
using Microsoft.ML;

namespace SupportBot.Dialogs.Classification;

/// <summary>Builds a production classifier from its embedded training data (or its cached model).</summary>
internal static class TextClassifierFactory
{
    public static MlNetTextClassifier Create(TextModelSpec spec, SymptomClassifierOptions options, ILogger logger)
    {
        // A fixed seed makes training reproducible, so the evaluation figures are too.
        var mlContext = new MLContext(seed: 0);
        var model = new TextModelStore(mlContext, spec, options, logger).LoadOrTrain();
        return new MlNetTextClassifier(mlContext, model);
    }
}
