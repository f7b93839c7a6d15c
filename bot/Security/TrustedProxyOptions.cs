namespace SupportBot.Bot.Security;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> are believed
/// (section <c>ForwardedHeaders</c>), when forwarded headers are switched on
/// (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>). ASP.NET Core's switch alone believes every
/// sender; here a header from anyone else is ignored and the connection's own address counts.
/// </summary>
internal sealed class TrustedProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Proxy addresses (<c>10.0.0.4</c>, <c>::1</c>). Default, with no networks either: loopback only.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation (<c>10.0.0.0/24</c>). Default: none.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
