using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Tests.Classification;

public class ClassifierDataTests
{
    private const int MinimumTrainingPerLabel = 80;
    private const int MinimumEvaluationPerLabel = 30;

    private static readonly IReadOnlyList<LabelledUtterance> Training = LabelledUtteranceFile.ReadEmbedded(LabelledUtteranceFile.TrainingResource);
    private static readonly IReadOnlyList<LabelledUtterance> Evaluation = LabelledUtteranceFile.ReadEmbedded(LabelledUtteranceFile.EvaluationResource);

    public static TheoryData<string> Labels => new(SymptomLabels.All);

    [Fact]
    public void NoEvaluationUtteranceAppearsInTraining()
    {
        var trainingKeys = Training.Select(example => ComparisonKey(example.Text)).ToHashSet();

        var leaked = Evaluation.Where(example => trainingKeys.Contains(ComparisonKey(example.Text))).Select(example => example.Text).ToList();

        Assert.Empty(leaked);
    }

    [Fact]
    public void NoHoldoutUtteranceAppearsInTrainingOrInTheEvaluationSet()
    {
        var seen = Training.Concat(Evaluation).Select(example => ComparisonKey(example.Text)).ToHashSet();

        var leaked = LabelledUtteranceFile.ReadEmbedded(LabelledUtteranceFile.HoldoutResource)
            .Where(example => seen.Contains(ComparisonKey(example.Text))).Select(example => example.Text).ToList();

        Assert.Empty(leaked);
    }

    [Fact]
    public void NoAnswerEvaluationReplyAppearsInTheAnswerTraining()
    {
        var labels = SupportBot.Dialogs.Understanding.AnswerKinds.All;
        var trainingKeys = LabelledUtteranceFile.ReadEmbedded(TextModels.AnswerTrainingResource, labels).Select(example => ComparisonKey(example.Text)).ToHashSet();

        var leaked = LabelledUtteranceFile.ReadEmbedded(TextModels.AnswerEvaluationResource, labels)
            .Where(example => trainingKeys.Contains(ComparisonKey(example.Text))).Select(example => example.Text).ToList();

        Assert.Empty(leaked);
    }

    [Fact]
    public void EvaluationHasNoDuplicates()
    {
        var duplicates = Evaluation.GroupBy(example => ComparisonKey(example.Text)).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void GenericLoginExamplesAreNeitherTrainedUnderOneLabelNorEvaluated()
    {
        var generic = GenericLoginContent.LoadEmbedded().Examples.Select(ComparisonKey).ToHashSet();

        Assert.DoesNotContain(Training.Concat(Evaluation), example => generic.Contains(ComparisonKey(example.Text)));
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void EveryLabelHasEnoughTrainingExamples(string label)
    {
        Assert.True(Training.Count(example => example.Label == label) >= MinimumTrainingPerLabel);
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void EveryLabelHasEnoughEvaluationExamples(string label)
    {
        Assert.True(Evaluation.Count(example => example.Label == label) >= MinimumEvaluationPerLabel);
    }

    [Fact]
    public void TrainingIsMostlyJapanese()
    {
        var japanese = Training.Count(example => example.Text.Any(IsKanaOrKanji));

        Assert.True(japanese * 2 > Training.Count, $"{japanese} of {Training.Count} training utterances are Japanese");
    }

    // Stricter than the model's own normalisation: punctuation, spaces and emoji are ignored too,
    // so "こんにちは！" and "こんにちは" count as the same utterance.
    private static string ComparisonKey(string text) => string.Concat(TextNormalizer.Normalize(text).Where(char.IsLetterOrDigit));

    private static bool IsKanaOrKanji(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uFF66' and <= '\uFF9F');
}
