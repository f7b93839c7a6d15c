using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Analytics;

/// <summary>
/// Starts each turn's <see cref="TurnFacts"/> and hands them to the <see cref="IConversationFactsSink"/>
/// once the turn has run. A turn that failed hands nothing: its state was not saved either, so the
/// facts stay in step with what the conversation remembers.
/// </summary>
public sealed class ConversationFactsMiddleware(IConversationFactsSink sink, TimeProvider time) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity?.Conversation?.Id is not { } conversationId || activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate))
        {
            await next(cancellationToken);
            return;
        }

        var facts = new TurnFacts(activity.ChannelId ?? string.Empty, conversationId, time.GetUtcNow(), activity.Type == ActivityTypes.Message);
        ConversationFacts.Begin(turnContext, facts);
        await next(cancellationToken);
        facts.Language = turnContext.GetLanguage();
        sink.Record(facts);
    }
}
