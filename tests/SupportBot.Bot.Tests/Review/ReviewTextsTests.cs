using SupportBot.Bot.Analytics.Review;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Bot.Tests.Review;

/// <summary>The review page reads the same in Japanese and English: same keys, same placeholders, a name for every label.</summary>
public sealed class ReviewTextsTests
{
    private static readonly ReviewTexts Texts = ReviewTexts.Load(Path.Combine(ContentFolder.Find(), "..", "..", "bot"));

    [Fact]
    public void JapaneseAndEnglishHaveTheSameKeysAndPlaceholders()
    {
        var ja = Texts.Languages["ja"];
        var en = Texts.Languages["en"];

        Assert.Equal(ja.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        Assert.All(ja.Keys, key => Assert.Equal(Placeholders(ja[key]), Placeholders(en[key])));
    }

    [Fact]
    public void EveryLabelAndEveryRefusalHasAText()
    {
        foreach (var language in new[] { "ja", "en" })
        {
            Assert.All(SymptomLabels.All.Concat(AnswerKinds.All), label => Assert.NotEqual(label, Texts.LabelName(language, label)));
            Assert.All(Enum.GetValues<ReviewRefusal>(), refusal => Assert.NotEmpty(Texts.Refusal(language, ReviewDecision.Refuse(refusal), "x")));
        }
    }

    private static List<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{[a-z]+\}").Select(match => match.Value).Order(StringComparer.Ordinal)];
}
