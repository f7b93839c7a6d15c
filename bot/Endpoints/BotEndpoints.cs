using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace SupportBot.Bot.Endpoints;

internal static class BotEndpoints
{
    public const string MessagesPath = "/api/messages";

    /// <summary><c>POST /api/messages</c>: the Bot Framework channel endpoint.</summary>
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesPath, (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
        return endpoints;
    }
}
