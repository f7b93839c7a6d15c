using Microsoft.Bot.Builder;
using Serilog.Context;

namespace SupportBot.Bot.Adapter;

/// <summary>
/// Puts the conversation id and activity id on every log event written during a turn, so an
/// operator can follow one conversation through the logs without its text being logged.
/// </summary>
internal sealed class LogContextMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        using (LogContext.PushProperty("ConversationId", turnContext.Activity.Conversation?.Id))
        using (LogContext.PushProperty("ActivityId", turnContext.Activity.Id))
        using (LogContext.PushProperty("ChannelId", turnContext.Activity.ChannelId))
        {
            await next(cancellationToken);
        }
    }
}
