using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace SupportBot.Dialogs.Privacy.Learned;

/// <summary>
/// Trains the <see cref="SecretJudge"/> on labelled lines. The labels are per line, the judge's per candidate:
/// in a look-alike every candidate is not a secret; in a secret line the scanners' findings of the labelled kind are
/// secrets and candidates apart from them are not; when no scanner found the labelled kind there, every candidate of
/// that kind is taken as the secret and the rest are left out (which one it is, is not known).
/// </summary>
internal static class SecretJudgeTrainer
{
    public static SecretJudge Train(SensitiveDataDetector candidates, IEnumerable<LabelledSecretLine> lines, int seed = 15)
    {
        var mlContext = new MLContext(seed);
        var rows = lines.SelectMany(line => RowsOf(candidates, line)).ToList();
        var model = Pipeline(mlContext).Fit(mlContext.Data.LoadFromEnumerable(rows));
        return new SecretJudge(mlContext, model);
    }

    public static IEnumerable<CandidateRow> RowsOf(SensitiveDataDetector detector, LabelledSecretLine line)
    {
        var folded = NormalizedText.Of(line.Text).Text;
        var candidates = detector.Candidates(folded);
        if (!line.Secret)
        {
            return candidates.Select(c => CandidateRow.Of(folded, c, label: false));
        }

        bool Matches(SecretCandidate c) => line.Kind is { } kind ? DetectorEvaluation.SameHandling(kind, c.Kind) : c.Kind.IsSecret();
        var positives = candidates.Where(c => c.FromScanner && Matches(c)).ToList();
        if (positives.Count == 0)
        {
            return candidates.Where(Matches).Select(c => CandidateRow.Of(folded, c, label: true));
        }

        return positives.Select(c => CandidateRow.Of(folded, c, label: true))
            .Concat(candidates.Where(c => !positives.Exists(c.Overlaps)).Select(c => CandidateRow.Of(folded, c, label: false)));
    }

    private static IEstimator<ITransformer> Pipeline(MLContext mlContext)
    {
        var text = mlContext.Transforms.Text;
        return text.FeaturizeText("BeforeFeatures", Characters(4, words: true), nameof(CandidateRow.Before))
            .Append(text.FeaturizeText("AfterFeatures", Characters(4, words: true), nameof(CandidateRow.After)))
            .Append(text.FeaturizeText("ValueFeatures", Characters(3, words: false), nameof(CandidateRow.Value)))
            .Append(text.FeaturizeText("ShapeFeatures", WordsOnly(), nameof(CandidateRow.Shape)))
            .Append(mlContext.Transforms.Concatenate("Features", "BeforeFeatures", "AfterFeatures", "ValueFeatures", "ShapeFeatures"))
            .Append(mlContext.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(CandidateRow.Label),
                FeatureColumnName = "Features",
                L2Regularization = 0.1f,
                L1Regularization = 0,
            }));
    }

    private static TextFeaturizingEstimator.Options Characters(int length, bool words) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepDiacritics = true,
        KeepPunctuations = true,
        KeepNumbers = true,
        StopWordsRemoverOptions = null,
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = length, UseAllLengths = true },
        WordFeatureExtractor = words ? new WordBagEstimator.Options { NgramLength = 1 } : null,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    private static TextFeaturizingEstimator.Options WordsOnly() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepPunctuations = true,
        KeepNumbers = true,
        StopWordsRemoverOptions = null,
        CharFeatureExtractor = null,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
