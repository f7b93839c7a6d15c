namespace SupportBot.Bot.DirectLine;

/// <summary>
/// Admits a Direct Line request on the secret or a valid token, and only to the token's own
/// conversation: 401 without a usable bearer, 403 for an expired token (DirectLineJS reads 403 as
/// "expired") or another conversation's token. A WebSocket may carry its token as <c>?t=</c>,
/// because browsers cannot set headers on one.
/// </summary>
internal sealed class DirectLineAuthFilter(DirectLineTokens tokens) : IEndpointFilter
{
    private const string BearerPrefix = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var bearer = ReadBearer(http);
        if (string.IsNullOrWhiteSpace(bearer))
        {
            return DirectLineErrorResult.Unauthorized("Send the Direct Line secret or a token as \"Authorization: Bearer ...\".");
        }

        var check = await tokens.CheckAsync(bearer);
        if (check.Expired)
        {
            return DirectLineErrorResult.Forbidden("TokenExpired", "The token has expired; refresh it or get a new one.");
        }

        if (check.Caller is null)
        {
            return DirectLineErrorResult.Unauthorized("The bearer is neither the secret nor a valid token.");
        }

        if (http.GetRouteValue("conversationId") is string conversationId && !check.Caller.CanAccess(conversationId))
        {
            return DirectLineErrorResult.Forbidden("TokenConversationMismatch", "The token is for another conversation.");
        }

        http.Items[typeof(DirectLineCaller)] = check.Caller;
        return await next(context);
    }

    private static string? ReadBearer(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return header[BearerPrefix.Length..].Trim();
        }

        return http.WebSockets.IsWebSocketRequest ? http.Request.Query["t"].ToString() : null;
    }
}
