using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using SupportBot.Bot.Adapter;
using SupportBot.Bot.Security;

namespace SupportBot.Bot.Endpoints;

internal static class BotEndpoints
{
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// <c>POST /api/messages</c>: the Bot Framework channel endpoint. The Activity is the one
    /// <see cref="ActivityBodyReader"/> read and checked at the edge; the adapter gets it with the
    /// <c>Authorization</c> header and validates the channel's JWT as <c>CloudAdapter.ProcessAsync</c>
    /// would, without parsing the body a second time.
    /// </summary>
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesPath, ProcessAsync)
            .WithMetadata(ChannelEndpointMetadata.Instance)
            .RequireConversationRateLimit(http => ActivityReadResult.From(http)?.Activity is { } activity
                ? activity.ChannelId + "/" + activity.Conversation.Id
                : null);
        return endpoints;
    }

    private static async Task ProcessAsync(HttpContext http, SupportBotAdapter adapter, IBot bot)
    {
        var activity = ActivityReadResult.From(http)?.Activity
            ?? throw new InvalidOperationException($"{MessagesPath} runs behind {nameof(ActivityBodyReader)} and {nameof(ChannelRequestGate)}; they are missing from the pipeline.");
        try
        {
            var response = await adapter.ProcessChannelActivityAsync(http.Request.Headers.Authorization.ToString(), activity, bot.OnTurnAsync, http.RequestAborted);
            await HttpHelper.WriteResponseAsync(http.Response, response);
        }
        catch (UnauthorizedAccessException)
        {
            // As CloudAdapter.ProcessAsync answers a request whose credentials it refuses.
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }
}
