using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Classification;

/// <summary>
/// Builds the symptom model: character 1–3-grams of the normalised text (Japanese is written without
/// spaces, and character n-grams survive typos and kana/kanji variation) fed to an L-BFGS maximum-entropy
/// classifier whose softmax output is the confidence. Chosen by measurement: see Content/Classifier/README.md.
/// </summary>
internal static class SymptomModelTrainer
{
    /// <summary>Part of the model-cache key: bump whenever the pipeline below changes.</summary>
    public const string PipelineVersion = "lbfgs-char3-l2=0.01-v1";

    // A generic "can't log in" is evidence for every login problem and against none, so it is taught
    // once under each of these labels: the model learns that those words alone do not pick one.
    private static readonly string[] LoginProblemLabels =
        [SymptomLabels.ForgotPassword, SymptomLabels.ForgotEmail, SymptomLabels.CacheCookie, SymptomLabels.AccountHijack];

    public static ITransformer Train(MLContext mlContext, IEnumerable<LabelledUtterance> examples, IEnumerable<string> genericLoginExamples)
    {
        var spread = genericLoginExamples.SelectMany(text => LoginProblemLabels.Select(label => new LabelledUtterance(text, label)));
        var rows = examples.Concat(spread)
            .Select(example => new SymptomModelInput { Text = TextNormalizer.Normalize(example.Text), Label = example.Label })
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
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
            // Word n-grams measured no better: the character n-grams already span English word boundaries.
            WordFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(SymptomModelInput.Label),
            FeatureColumnName = "Features",
            L1Regularization = 0,
            L2Regularization = 0.01f,
        };

        return mlContext.Transforms.Conversion.MapValueToKey(nameof(SymptomModelInput.Label))
            .Append(mlContext.Transforms.Text.FeaturizeText("Features", featurizer, nameof(SymptomModelInput.Text)))
            .Append(mlContext.MulticlassClassification.Trainers.LbfgsMaximumEntropy(trainer));
    }
}
