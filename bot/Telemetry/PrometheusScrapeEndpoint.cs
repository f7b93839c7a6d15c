using Microsoft.Extensions.Options;
using SupportBot.Bot.Security;

namespace SupportBot.Bot.Telemetry;

/// <summary>
/// The Prometheus scrape endpoint, when <c>Telemetry:Prometheus:Enabled</c>: answered to this machine and to the
/// networks of <c>ForwardedHeaders:KnownNetworks</c>, or to anyone with <c>Telemetry:Prometheus:AllowRemote</c>. Anyone
/// else gets the 404 of a path that does not exist (the figures say how busy the bot is and what it fails at).
/// </summary>
internal static class PrometheusScrapeEndpoint
{
    public static IApplicationBuilder UsePrometheusScrapeEndpoint(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus;
        if (!settings.Enabled)
        {
            return app;
        }

        var networks = app.ApplicationServices.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.KnownNetworks
            .Select(network => System.Net.IPNetwork.Parse(network)).ToArray();
        var path = new PathString(settings.Path);
        return app.UseOpenTelemetryPrometheusScrapingEndpoint(
            context => context.Request.Path == path && (settings.AllowRemote || IsNearby(context, networks)));
    }

    private static bool IsNearby(HttpContext context, System.Net.IPNetwork[] networks)
    {
        // A local reverse proxy's request is loopback too: it is from this machine only without forwarding headers.
        if (LoopbackRequest.IsDirect(context))
        {
            return true;
        }

        if (context.Connection.RemoteIpAddress is not { } address)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return Array.Exists(networks, network => network.Contains(address));
    }
}
