using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Flows.Cases;
using SupportBot.Dialogs.Flows.Handoff;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Recognition;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Flows;

/// <summary>What every support flow needs: texts, button synonyms and recognition, understanding, the case being worked on, the handoff, and the facts for operators.</summary>
internal sealed record FlowServices(
    SupportTexts Texts, AnswerLexicon Answers, ChoiceRecognizer Buttons, MessageUnderstander Understander, CaseTracker Cases, HandoffService Handoff, ConversationFacts Facts)
{
    /// <summary>A button whose value is <paramref name="value"/>, titled by content key <paramref name="titleKey"/>, with the synonyms people type for it.</summary>
    public Choice Choice(ITurnContext turnContext, string value, TextKey titleKey)
    {
        var title = Texts.Get(turnContext, titleKey);
        return new Choice(value)
        {
            Action = new CardAction(ActionTypes.ImBack, title, value: title),
            Synonyms = [.. Answers.SynonymsFor(titleKey.Value)],
        };
    }
}
