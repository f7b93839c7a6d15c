using Microsoft.IdentityModel.Tokens;

namespace SupportBot.Bot.Security;

/// <summary>
/// In front of <c>/api/messages</c>: turns away callers the <see cref="UnauthenticatedChannelPolicy"/>
/// does not admit (403) and bodies <see cref="ActivityBodyReader"/> rejected (400/413), each with a
/// problem-details reason, so only well-formed activities reach the adapter. A token the Bot
/// Framework's validation rejects with a token exception (a bad signature does not surface as
/// <see cref="UnauthorizedAccessException"/>, which the adapter maps itself) is a 401 too, not a 500.
/// </summary>
internal sealed class ChannelRequestGate(RequestDelegate next, UnauthenticatedChannelPolicy policy, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!policy.Admits(context.Connection.RemoteIpAddress))
        {
            await RejectAsync(context, StatusCodes.Status403Forbidden,
                "Unauthenticated requests are accepted from this machine only; configure MicrosoftAppId (or AllowUnauthenticatedRemote).");
            return;
        }

        if (ActivityReadResult.From(context) is { Problem: { } problem } rejected)
        {
            await RejectAsync(context, rejected.Status, problem);
            return;
        }

        try
        {
            await next(context);
        }
        catch (SecurityTokenException) when (!context.Response.HasStarted)
        {
            await RejectAsync(context, StatusCodes.Status401Unauthorized, "The channel token is not valid.");
        }
    }

    private async Task RejectAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Detail = detail },
        });
    }
}
