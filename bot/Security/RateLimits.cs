using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SupportBot.Bot.Endpoints;

namespace SupportBot.Bot.Security;

/// <summary>
/// Fixed-window limits per client address (every endpoint but the health probes) and per
/// conversation (activities posted to <c>/api/messages</c> or the embedded Direct Line); a
/// rejected request gets 429 with <c>Retry-After</c>. Behind a reverse proxy the client address is
/// the proxy's unless forwarded headers are configured.
/// </summary>
internal static class RateLimits
{
    public static void Configure(RateLimiterOptions limiter, RequestProtectionOptions limits)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(context => IsHealthProbe(context)
                ? RateLimitPartition.GetNoLimiter("health")
                : Window("client:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), limits.PermitsPerClient, limits)),
            PartitionedRateLimiter.Create<HttpContext, string>(context => ConversationOf(context) is { } conversation
                ? Window("conversation:" + conversation, limits.PermitsPerConversation, limits)
                : RateLimitPartition.GetNoLimiter(string.Empty)));
        limiter.OnRejected = (rejected, _) =>
        {
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limits.Window;
            rejected.HttpContext.Response.Headers.RetryAfter =
                Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };
    }

    private static RateLimitPartition<string> Window(string key, int permits, RequestProtectionOptions limits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = limits.Window,
            QueueLimit = 0,
        });

    private static bool IsHealthProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments(HealthEndpoints.LivenessPath) || context.Request.Path.StartsWithSegments(HealthEndpoints.ReadinessPath);

    private static string? ConversationOf(HttpContext context)
    {
        if (ActivityReadResult.From(context)?.Activity is { } activity)
        {
            return activity.ChannelId + "/" + activity.Conversation.Id;
        }

        return HttpMethods.IsPost(context.Request.Method)
               && context.Request.Path.StartsWithSegments("/v3/directline/conversations")
               && context.Request.RouteValues.TryGetValue("conversationId", out var id) && id is string directLineId
            ? "directline/" + directLineId
            : null;
    }
}
