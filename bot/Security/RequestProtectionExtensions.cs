using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Endpoints;

namespace SupportBot.Bot.Security;

internal static partial class RequestProtectionExtensions
{
    /// <summary>
    /// Body size limit (Kestrel-wide), activity validation, rate limits, problem-details errors
    /// without stack traces, the unauthenticated-channel policy, and the proxies whose forwarded headers
    /// are believed. Limits: section <c>RequestProtection</c>; proxies: section <c>ForwardedHeaders</c>.
    /// </summary>
    public static IServiceCollection AddRequestProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestProtectionOptions>().Bind(configuration.GetSection(RequestProtectionOptions.SectionName));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestProtectionOptions>>(
            (kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes);
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestProtectionOptions>>(
            (limiter, limits) => RateLimits.Configure(limiter, limits.Value));
        services.AddRateLimiter(_ => { });
        services.AddProblemDetails();
        services.AddSingleton<UnauthenticatedChannelPolicy>();
        services.AddSingleton<JsonBodyReader>();
        services.AddOptions<TrustedProxyOptions>()
            .Bind(configuration.GetSection(TrustedProxyOptions.SectionName))
            .Validate(TrustedProxies.AreValid, "ForwardedHeaders:KnownProxies must be IP addresses and ForwardedHeaders:KnownNetworks CIDR networks.")
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<ForwardedHeadersOptions>, TrustedProxies>();
        return services;
    }

    /// <summary>Problem details without stack traces; a body over the limit read by an endpoint is the client's fault (413), not a 500.</summary>
    public static ExceptionHandlerOptions ExceptionHandling { get; } = new()
    {
        StatusCodeSelector = exception => exception is Microsoft.AspNetCore.Http.BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
    };

    /// <summary>The channel endpoint (<c>/api/messages</c>): the body read once into the turn's Activity, before the rate limiter, which partitions by its conversation.</summary>
    public static IApplicationBuilder UseChannelActivityReader(this IApplicationBuilder app) =>
        app.UseWhen(IsChannelRequest, channel => channel.UseMiddleware<ActivityBodyReader>());

    /// <summary>The channel endpoint: refuses unadmitted callers and the bodies the reader refused (see <see cref="ChannelRequestGate"/>).</summary>
    public static WebApplication UseChannelRequestGate(this WebApplication app)
    {
        app.UseWhen(IsChannelRequest, channel => channel.UseMiddleware<ChannelRequestGate>());
        var mode = app.Services.GetRequiredService<UnauthenticatedChannelPolicy>().Mode;
        LogChannelAuthenticationMode(app.Logger, mode);
        return app;
    }

    // The endpoint routing matched (UseRouting runs first) declares itself a channel endpoint.
    private static bool IsChannelRequest(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<ChannelEndpointMetadata>() is not null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel endpoint authentication: {Mode}")]
    private static partial void LogChannelAuthenticationMode(ILogger logger, string mode);
}
