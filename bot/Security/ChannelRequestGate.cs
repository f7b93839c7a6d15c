namespace SupportBot.Bot.Security;

/// <summary>
/// In front of <c>/api/messages</c>: turns away callers the <see cref="UnauthenticatedChannelPolicy"/>
/// does not admit (403) and bodies <see cref="ActivityBodyReader"/> rejected (400/413), each with a
/// problem-details reason, so only well-formed activities reach the adapter.
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

        await next(context);
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
