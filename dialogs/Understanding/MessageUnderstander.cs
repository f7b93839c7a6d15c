using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Understanding;

/// <summary>
/// The one understanding step for every user message: both models, the generic-login check and the
/// lexicon facts, computed at most once per turn (kept in the turn state) whichever dialog asks first.
/// On the Emulator the symptom reading is shown as a <c>SymptomClassifier</c> trace.
/// </summary>
internal sealed class MessageUnderstander(
    [FromKeyedServices(TextModels.Symptom)] ITextClassifier symptoms,
    [FromKeyedServices(TextModels.Answer)] ITextClassifier answers,
    GenericLoginProblemDetector genericDetector,
    UnderstandingLexicon lexicon,
    IInterruptionRecognizer interruptions)
{
    private const string TurnStateKey = nameof(MessageUnderstanding);

    /// <summary>The understanding of this turn's message text; null for activities without text.</summary>
    public async Task<MessageUnderstanding?> UnderstandAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<MessageUnderstanding>(TurnStateKey) is { } known)
        {
            return known;
        }

        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(activity.Text))
        {
            return null;
        }

        var understanding = Understand(activity.Text);
        turnContext.TurnState.Add(TurnStateKey, understanding);
        if (activity.ChannelId == Channels.Emulator)
        {
            await turnContext.SendActivityAsync(SymptomClassifierTrace.From(understanding.Symptom), cancellationToken);
        }

        return understanding;
    }

    /// <summary>The understanding of <paramref name="text"/> on its own (benchmarks, the developer commands).</summary>
    public MessageUnderstanding Understand(string text)
    {
        var clean = UtteranceText.Clean(text);
        var login = genericDetector.Read(text);
        return new MessageUnderstanding(
            text,
            symptoms.Classify(text),
            answers.Classify(text),
            login.IsGeneric,
            login.MentionsLoginProblem,
            interruptions.Recognize(text),
            lexicon.DeviceIn(clean),
            lexicon.IsCorrection(clean),
            lexicon.SaysEmailKnown(clean),
            lexicon.IsOnlyFiller(clean));
    }
}
