using System.Reflection;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Dialogs.State;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Flows;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Tests.Flows;

namespace SupportBot.Dialogs.Tests.Localization;

/// <summary>Every text the code can ask for (each typed key, each question's retry, each family member) is in both languages.</summary>
public sealed class TextKeyCoverageTests
{
    private static readonly BotTexts Texts = BotTexts.LoadEmbedded();

    [Fact]
    public void EveryKeyTheCodeCanAskForExistsInJapaneseAndEnglish()
    {
        var asked = KeysTheCodeCanAskFor().ToList();

        Assert.True(asked.Count > 100, $"only {asked.Count} keys found: the enumeration is broken");
        foreach (var language in new[] { Language.Japanese, Language.English })
        {
            var present = Texts.Keys(language).ToHashSet(StringComparer.Ordinal);
            var missing = asked.Select(key => key.Value).Where(key => !present.Contains(key)).Distinct().ToList();
            Assert.True(missing.Count == 0, $"missing in {language}: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void EveryContentTextIsOneTheCodeCanAskFor()
    {
        var asked = KeysTheCodeCanAskFor().Select(key => key.Value).ToHashSet(StringComparer.Ordinal);

        var unused = Texts.Keys(Language.Japanese).Where(key => !asked.Contains(key)).ToList();

        Assert.True(unused.Count == 0, $"content texts no code asks for: {string.Join(", ", unused)}");
    }

    [Fact]
    public void EveryRegisteredFlowAsksQuestionsWithARetryText()
    {
        var flows = RegisteredFlows();

        Assert.Equal(4, flows.Count);
        Assert.All(flows, flow => Assert.NotEmpty(flow.Questions));
    }

    private static IEnumerable<TextKey> KeysTheCodeCanAskFor()
    {
        var flows = RegisteredFlows();
        var menuLabels = flows.Select(flow => flow.Symptom).Append(SymptomLabels.HumanAgent).ToList();
        return
        [
            .. DeclaredKeys(typeof(TextKeys)),
            .. flows.SelectMany(flow => flow.Questions).SelectMany(question => new[] { question, question.Retry }),
            .. TextKeys.Families(menuLabels),
        ];
    }

    private static IEnumerable<TextKey> DeclaredKeys(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(TextKey))
            .Select(field => (TextKey)field.GetValue(null)!)
            .Concat(type.GetNestedTypes().SelectMany(DeclaredKeys));

    private static List<SupportFlowDialog> RegisteredFlows()
    {
        var storage = new MemoryStorage();
        using var services = SupportConversation.Compose(storage, new TrackedConversationState(storage));
        return [.. services.GetServices<SupportFlowDialog>()];
    }
}
