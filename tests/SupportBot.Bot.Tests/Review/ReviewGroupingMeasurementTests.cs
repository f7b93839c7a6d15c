using System.Globalization;
using System.Text.Json;
using SupportBot.Bot.Analytics.Queries;
using SupportBot.Bot.Analytics.Review;
using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Classification;
using Xunit.Abstractions;

namespace SupportBot.Bot.Tests.Review;

/// <summary>
/// How well the grouping threshold groups what belongs together and keeps apart what does not, measured (and printed,
/// for every threshold around the chosen one) on hand-written paraphrase groups and on the blind evaluation sets, whose
/// different utterances should only be grouped with others of their own label.
/// </summary>
public sealed class ReviewGroupingMeasurementTests(ITestOutputHelper output)
{
    private static readonly double[] Thresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55];

    [Fact]
    public void AtTheChosenThresholdParaphrasesMeetAndDifferentLabelsRarelyDo()
    {
        var paraphrases = Paraphrases();
        var evaluationSets = new[] { "Classifier/holdout.jsonl", "Classifier/eval.jsonl", "Answers/eval.jsonl" }
            .Select(file => (File: file, Lines: Labelled(file)))
            .ToList();

        output.WriteLine("threshold | paraphrases: groups (of 16), pairs together that belong together (precision), pairs that belong together put together (recall) | per evaluation set: lines grouped with a majority of another label");
        foreach (var threshold in Thresholds)
        {
            var (groups, precision, recall) = Pairs(paraphrases, threshold);
            var mislabelled = evaluationSets.Select(set => $"{set.File} {MislabelledShare(set.Lines, threshold).ToString("P1", CultureInfo.InvariantCulture)}");
            output.WriteLine($"{threshold:F2} | {groups} groups, precision {precision:F3}, recall {recall:F3} | {string.Join(", ", mislabelled)}");
        }

        var (_, chosenPrecision, chosenRecall) = Pairs(paraphrases, ReviewGrouping.SimilarityThreshold);
        Assert.True(chosenPrecision >= 0.95, $"paraphrase pair precision {chosenPrecision:F3}");
        Assert.True(chosenRecall >= 0.6, $"paraphrase pair recall {chosenRecall:F3}");
        Assert.All(evaluationSets, set => Assert.True(MislabelledShare(set.Lines, ReviewGrouping.SimilarityThreshold) <= 0.025, set.File));
    }

    /// <summary>Prints what grouping the most items the page reads costs (a figure, not a timed assertion): distinct training lines are the worst case, few of them meet.</summary>
    [Fact]
    public void GroupingTheMostItemsThePageReadsPrintsItsCost()
    {
        var lines = Labelled("Classifier/train.jsonl").Take(ReviewQueue.MaxGroupedItems).ToList();
        var items = lines.Select((line, index) => Item(index.ToString(CultureInfo.InvariantCulture), line.Text, ReviewCandidate.MainPlace)).ToList();
        ReviewGrouping.Group(items.Take(100)); // JIT

        var started = TimeProvider.System.GetTimestamp();
        var groups = ReviewGrouping.Group(items);
        var elapsed = TimeProvider.System.GetElapsedTime(started);

        output.WriteLine($"{items.Count} items -> {groups.Count} groups in {elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(items.Count, groups.Sum(group => group.Count));
    }

    [Fact]
    public void AnItemAtTheFirstQuestionIsNeverGroupedWithTheSameTextAtAQuestion()
    {
        var groups = ReviewGrouping.Group([Item("1", "はい", ReviewCandidate.MainPlace), Item("2", "はい", "password.ask_email_known"), Item("3", "はい", "cache.ask_worked")]);

        Assert.Equal(2, groups.Count);
        Assert.Equal(["2", "3"], groups.Single(group => group.PlaceKind == ReviewPlaces.QuestionKind).ItemIds.Order(StringComparer.Ordinal));
    }

    private static (int Groups, double Precision, double Recall) Pairs(IReadOnlyList<(string Text, string Label)> lines, double threshold)
    {
        var groupOf = GroupOf(lines, threshold);
        int together = 0, right = 0, belong = 0;
        for (var a = 0; a < lines.Count; a++)
        {
            for (var b = a + 1; b < lines.Count; b++)
            {
                var same = lines[a].Label == lines[b].Label;
                var met = groupOf[a] == groupOf[b];
                together += met ? 1 : 0;
                right += met && same ? 1 : 0;
                belong += same ? 1 : 0;
            }
        }

        return (groupOf.Distinct().Count(), together == 0 ? 1 : (double)right / together, (double)right / belong);
    }

    /// <summary>The share of lines in a group whose most frequent label is not theirs (what labelling the group at once would get wrong).</summary>
    private static double MislabelledShare(IReadOnlyList<(string Text, string Label)> lines, double threshold)
    {
        var groupOf = GroupOf(lines, threshold);
        var wrong = lines.Select((line, index) => (line.Label, Group: groupOf[index]))
            .GroupBy(entry => entry.Group)
            .Sum(group => group.Count() - group.GroupBy(entry => entry.Label).Max(same => same.Count()));
        return (double)wrong / lines.Count;
    }

    /// <summary>The group index of each line, grouped as the queue groups items said at "what is wrong?", in file order as newest first.</summary>
    private static int[] GroupOf(IReadOnlyList<(string Text, string Label)> lines, double threshold)
    {
        var items = lines.Select((line, index) => Item(index.ToString(CultureInfo.InvariantCulture), line.Text, ReviewCandidate.MainPlace)).ToList();
        var groups = ReviewGrouping.Group(items, threshold);
        var groupOf = new int[lines.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var id in groups[g].ItemIds)
            {
                groupOf[int.Parse(id, CultureInfo.InvariantCulture)] = g;
            }
        }

        return groupOf;
    }

    private static ReviewItem Item(string id, string text, string place) =>
        new(id, "test", "c" + id, DateTimeOffset.UnixEpoch, ReviewCandidate.NotUnderstoodKind, place, text, "ja", string.Empty, 0, ReviewItem.Open, null);

    private static List<(string Text, string Label)> Paraphrases()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Review", "paraphrases.json")));
        return document.RootElement.GetProperty("groups").EnumerateArray()
            .SelectMany((group, index) => group.EnumerateArray().Select(text => (text.GetString()!, index.ToString(CultureInfo.InvariantCulture))))
            .ToList();
    }

    private static List<(string Text, string Label)> Labelled(string file) =>
        LabelledUtteranceFile.Read(new StringReader(File.ReadAllText(Path.Combine(ContentFolder.Find(), file))), [.. SymptomLabels.All, .. Dialogs.Understanding.AnswerKinds.All])
            .Select(line => (line.Text, line.Label))
            .ToList();
}
