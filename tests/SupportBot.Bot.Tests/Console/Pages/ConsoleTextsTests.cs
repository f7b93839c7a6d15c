using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Console;
using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Bot.Tests.Console.Pages;

/// <summary>Every console label exists in Japanese and English, and every value the facts hold has a label in both.</summary>
[Collection(PlayedConversationsGroup.Name)]
public sealed class ConsoleTextsTests(PlayedConversations played)
{
    [Fact]
    public void JapaneseAndEnglishHaveTheSameKeysAndNoEmptyText()
    {
        var texts = played.Bot.Services.GetRequiredService<ConsoleTexts>();

        Assert.Equal(["en", "ja"], texts.Languages.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(texts.Languages["ja"].Keys.Order(StringComparer.Ordinal), texts.Languages["en"].Keys.Order(StringComparer.Ordinal));
        Assert.All(texts.Languages.Values.SelectMany(language => language.Values), text => Assert.False(string.IsNullOrWhiteSpace(text)));
    }

    [Fact]
    public void EveryOutcomeReasonSymptomAndFlowStepHasALabel()
    {
        var texts = played.Bot.Services.GetRequiredService<ConsoleTexts>();
        var steps = played.Bot.Services.GetRequiredService<FlowSteps>();
        var values = Outcomes.All.Select(v => ("outcome", v))
            .Concat(EscalationReasons.All.Select(v => ("reason", v)))
            .Concat(SymptomLabels.All.Select(v => ("symptom", v)))
            .Concat(steps.ByFlow.Values.SelectMany(names => names).Select(v => ("step", v)));

        foreach (var language in new[] { "ja", "en" })
        {
            Assert.All(values, value => Assert.NotEqual(value.Item2, texts.Label(language, value.Item1, value.Item2)));
        }

        Assert.Equal("SomeRetiredStep", texts.Label("en", "step", "SomeRetiredStep")); // a name the file does not know is shown as stored
    }
}
