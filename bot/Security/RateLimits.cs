using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SupportBot.Bot.Endpoints;

namespace SupportBot.Bot.Security;

/// <summary>
/// Fixed-window limits per client address (every endpoint but the health probes) and per
/// conversation (on the endpoints mapped with <see cref="RequireConversationRateLimit{TBuilder}"/>,
/// which say where a request's conversation is); a rejected request gets 429 with
/// <c>Retry-After</c>. Behind a reverse proxy the client address is the proxy's unless forwarded
/// headers are configured.
/// </summary>
internal static class RateLimits
{
    public const string PerConversationPolicy = "per-conversation";

    /// <summary>Sign-in attempts on the operator console, per client address: a key cannot be guessed at request speed.</summary>
    public const string SignInPolicy = "sign-in";

    public static void Configure(RateLimiterOptions limiter, RequestProtectionOptions limits)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsHealthProbe(context)
            ? RateLimitPartition.GetNoLimiter("health")
            : Window("client:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), limits.PermitsPerClient, limits));
        limiter.AddPolicy(PerConversationPolicy, context =>
            context.GetEndpoint()?.Metadata.GetMetadata<ConversationOfRequest>()?.Find(context) is { } conversation
                ? Window("conversation:" + conversation, limits.PermitsPerConversation, limits)
                : RateLimitPartition.GetNoLimiter(string.Empty));
        limiter.AddPolicy(SignInPolicy, context => HttpMethods.IsPost(context.Request.Method)
            ? Window("sign-in:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), limits.SignInAttemptsPerClient, limits)
            : RateLimitPartition.GetNoLimiter(string.Empty));
        limiter.OnRejected = (rejected, _) =>
        {
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limits.Window;
            rejected.HttpContext.Response.Headers.RetryAfter =
                Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };
    }

    /// <summary>
    /// Limits the activities posted to one conversation through this endpoint;
    /// <paramref name="conversationOf"/> names the request's conversation (channel and id), or null
    /// when it has none (then only the per-client limit applies).
    /// </summary>
    public static TBuilder RequireConversationRateLimit<TBuilder>(this TBuilder endpoint, Func<HttpContext, string?> conversationOf)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new ConversationOfRequest(conversationOf)).RequireRateLimiting(PerConversationPolicy);

    private static RateLimitPartition<string> Window(string key, int permits, RequestProtectionOptions limits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = limits.Window,
            QueueLimit = 0,
        });

    private static bool IsHealthProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments(HealthEndpoints.LivenessPath) || context.Request.Path.StartsWithSegments(HealthEndpoints.ReadinessPath);

    /// <summary>Endpoint metadata: where a request to this endpoint names its conversation.</summary>
    private sealed record ConversationOfRequest(Func<HttpContext, string?> Find);
}
