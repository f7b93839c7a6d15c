using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using SupportBot.Bot.Security;

namespace SupportBot.Bot.DirectLine;

internal static class DirectLineEndpoints
{
    /// <summary>
    /// The embedded Direct Line 3.0 channel under <c>/v3/directline</c>, enough for Web Chat,
    /// botframework-directlinejs and Botium's directline3 connector, polling or over WebSocket.
    /// Every route needs the secret or a token (see <see cref="DirectLineAuthFilter"/>); the stream
    /// needs <c>UseWebSockets</c> in the pipeline.
    /// </summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        var directLine = app.MapGroup("/v3/directline")
            .AddEndpointFilter<DirectLineAuthFilter>()
            .WithTags("DirectLine");

        directLine.MapPost("/tokens/generate", DirectLineTokenHandlers.GenerateAsync);
        directLine.MapPost("/tokens/refresh", DirectLineTokenHandlers.Refresh);
        directLine.MapPost("/conversations", DirectLineConversationHandlers.StartAsync);
        directLine.MapGet("/conversations/{conversationId}", DirectLineConversationHandlers.ResumeAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", DirectLineActivityHandlers.PostAsync)
            .RequireConversationRateLimit(http => http.GetRouteValue("conversationId") is string id ? DirectLineConversations.ChannelId + "/" + id : null);
        directLine.MapGet("/conversations/{conversationId}/activities", DirectLineActivityHandlers.GetAsync);
        directLine.MapGet("/conversations/{conversationId}/stream", DirectLineActivityHandlers.StreamAsync);

        // Botium asks once for a session id (used by the Azure service's sign-in cards); any id will do.
        directLine.MapGet("/session/getsessionid", () =>
            new DirectLineJsonResult<Dictionary<string, string>>(new() { ["sessionId"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12)) }));
        return app;
    }
}
