using System.Globalization;
using Microsoft.IdentityModel.Tokens;
using SupportBot.Bot.Channel;

namespace SupportBot.Bot.Security;

/// <summary>
/// In front of <c>/api/messages</c>: turns away callers the <see cref="UnauthenticatedChannelPolicy"/>
/// does not admit (403), bodies <see cref="ActivityBodyReader"/> rejected (400/413) and, without a
/// channel token, activities whose replies would go anywhere but this machine (400), each with a
/// problem-details reason, so only well-formed activities reach the adapter. A refused channel token
/// is a 401 and an identity provider that cannot be reached a 503 with <c>Retry-After</c>: a warning
/// line each, not an unhandled exception with a stack trace.
/// </summary>
internal sealed partial class ChannelRequestGate(
    RequestDelegate next, UnauthenticatedChannelPolicy policy, IProblemDetailsService problems, ILogger<ChannelRequestGate> logger)
{
    /// <summary>How long a caller is asked to wait when the identity provider could not be reached.</summary>
    public static readonly TimeSpan IdentityProviderRetryAfter = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!policy.Admits(context))
        {
            await RejectAsync(context, StatusCodes.Status403Forbidden,
                "Unauthenticated requests are accepted from this machine only, not through a proxy; configure MicrosoftAppId (or AllowUnauthenticatedRemote).");
            return;
        }

        var read = ActivityReadResult.From(context);
        if (read is { Problem: { } problem } rejected)
        {
            await RejectAsync(context, rejected.Status, problem);
            return;
        }

        if (read?.Activity is { } activity && !policy.AllowsReplyTo(activity.ServiceUrl))
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest,
                "Without MicrosoftAppId, replies go to this machine only: serviceUrl must be http(s) on a loopback host (or one in DevelopmentReplyHosts), without a user name or password.");
            return;
        }

        try
        {
            await next(context);
        }
        catch (ChannelTokenRejectedException refused) when (!context.Response.HasStarted)
        {
            LogTokenRefused(logger, refused.Reason);
            await RejectAsync(context, StatusCodes.Status401Unauthorized, "The channel token is not valid.");
        }
        catch (SecurityTokenException refused) when (!context.Response.HasStarted)
        {
            LogTokenRefused(logger, refused.GetType().Name);
            await RejectAsync(context, StatusCodes.Status401Unauthorized, "The channel token is not valid.");
        }
        catch (IdentityProviderUnavailableException unavailable) when (!context.Response.HasStarted)
        {
            LogIdentityProviderUnavailable(logger, unavailable.InnerException?.GetType().Name);
            context.Response.Headers.RetryAfter = ((int)IdentityProviderRetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await RejectAsync(context, StatusCodes.Status503ServiceUnavailable,
                "The channel token could not be checked: the identity provider did not answer. Try again later.");
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel token refused ({Reason}); answered 401")]
    private static partial void LogTokenRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel token could not be checked: identity provider unreachable ({Reason}); answered 503")]
    private static partial void LogIdentityProviderUnavailable(ILogger logger, string? reason);
}
