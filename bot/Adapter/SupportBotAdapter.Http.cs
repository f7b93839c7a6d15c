using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Adapter;

internal sealed partial class SupportBotAdapter
{
    /// <summary>
    /// Runs a turn for an activity posted to <c>/api/messages</c> and already read from the body:
    /// what <c>CloudAdapter.ProcessAsync</c> does after parsing it. The channel's JWT in
    /// <paramref name="authHeader"/> is validated by <see cref="Microsoft.Bot.Connector.Authentication.BotFrameworkAuthentication"/>
    /// as there (a refused token throws <see cref="UnauthorizedAccessException"/>).
    /// </summary>
    public Task<InvokeResponse> ProcessChannelActivityAsync(
        string authHeader, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, callback, cancellationToken);
}
