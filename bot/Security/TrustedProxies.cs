using System.Net;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Security;

/// <summary>
/// Forwarded headers believed only from <see cref="TrustedProxyOptions"/>. Runs after ASP.NET Core's
/// own set-up for <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>, which empties both lists (trusting
/// any client that sends the header: it could pose as 127.0.0.1 or take a new rate-limit
/// partition per request).
/// </summary>
internal sealed class TrustedProxies(IOptions<TrustedProxyOptions> trusted) : IPostConfigureOptions<ForwardedHeadersOptions>
{
    public void PostConfigure(string? name, ForwardedHeadersOptions options)
    {
        var proxies = trusted.Value;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in proxies.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        if (proxies.KnownProxies.Length == 0 && proxies.KnownNetworks.Length == 0)
        {
            // ASP.NET Core's own default: a proxy on this machine.
            options.KnownIPNetworks.Add(new System.Net.IPNetwork(IPAddress.Loopback, 8));
            options.KnownProxies.Add(IPAddress.IPv6Loopback);
        }
    }

    /// <summary>Start-up check of the configured addresses, so a typo stops the host rather than trusting nobody (or everybody).</summary>
    public static bool AreValid(TrustedProxyOptions options) =>
        options.KnownProxies.All(proxy => IPAddress.TryParse(proxy, out _))
        && options.KnownNetworks.All(network => System.Net.IPNetwork.TryParse(network, out _));
}
