using System.Diagnostics;
using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Telemetry;

/// <summary>
/// Counts and times each turn and wraps it in a span (<c>bot turn</c>) tagged with the channel, the activity type, the
/// language and a hash of the conversation id: never what was typed, nor a user id. First in the adapter, so the time
/// includes waiting for the conversation's lock and reading state. With no exporter listening it passes straight on.
/// </summary>
internal sealed class TurnTelemetryMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (!SupportBotTelemetry.Turns.Enabled && !SupportBotTelemetry.TurnDuration.Enabled && !SupportBotTelemetry.Source.HasListeners())
        {
            await next(cancellationToken);
            return;
        }

        var activity = turnContext.Activity;
        var channel = activity?.ChannelId ?? "unknown";
        var type = activity?.Type ?? "unknown";
        var started = Stopwatch.GetTimestamp();
        using var span = SupportBotTelemetry.Source.StartActivity("bot turn", ActivityKind.Server);
        span?.SetTag("supportbot.channel", channel);
        span?.SetTag("supportbot.activity_type", type);
        if (activity?.Conversation?.Id is { } conversationId)
        {
            span?.SetTag("supportbot.conversation.hash", SupportBotTelemetry.ConversationHash(conversationId));
        }

        try
        {
            await next(cancellationToken);
        }
        catch (Exception e)
        {
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            // As the language middleware decided it; a turn that failed before it has none.
            var language = turnContext.TurnState.Get<string>(LanguageTurnState.Key) ?? "unknown";
            span?.SetTag("supportbot.language", language);
            var tags = new TagList
            {
                { "channel", channel },
                { "activity_type", type },
                { "language", language },
            };
            SupportBotTelemetry.Turns.Add(1, tags);
            SupportBotTelemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
