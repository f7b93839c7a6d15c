using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Classification;

/// <summary>
/// Builds a text model (symptoms, answers): character 1–4-grams of the normalised text (Japanese is written without
/// spaces, and character n-grams survive typos and kana/kanji variation) fed to an L-BFGS maximum-entropy
/// classifier whose softmax output is the confidence. Chosen by measurement: see Content/Classifier/README.md.
/// </summary>
internal static class TextModelTrainer
{
    /// <summary>Part of the model-cache key: bump whenever the pipeline below changes.</summary>
    public const string PipelineVersion = "lbfgs-char4-l2=0.01-v2";

    public static ITransformer Train(MLContext mlContext, IEnumerable<LabelledUtterance> examples)
    {
        var rows = examples
            .Select(example => new TextModelInput { Text = TextNormalizer.Normalize(example.Text), Label = example.Label })
            .ToList();
        return BuildPipeline(mlContext).Fit(mlContext.Data.LoadFromEnumerable(rows));
    }

    private static EstimatorChain<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> BuildPipeline(MLContext mlContext)
    {
        var featurizer = new TextFeaturizingEstimator.Options
        {
            // TextNormalizer has already folded case, width and kana; ML.NET's own folding would only repeat it.
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
            // Word n-grams measured no better: the character n-grams already span English word boundaries.
            WordFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(TextModelInput.Label),
            FeatureColumnName = "Features",
            L1Regularization = 0,
            L2Regularization = 0.01f,
        };

        return mlContext.Transforms.Conversion.MapValueToKey(nameof(TextModelInput.Label))
            .Append(mlContext.Transforms.Text.FeaturizeText("Features", featurizer, nameof(TextModelInput.Text)))
            .Append(mlContext.MulticlassClassification.Trainers.LbfgsMaximumEntropy(trainer));
    }
}
