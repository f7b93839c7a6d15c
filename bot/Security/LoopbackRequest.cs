using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SupportBot.Bot.Security;

/// <summary>
/// A request from this machine, straight to the bot: a loopback address and no forwarding headers. One that came through a
/// proxy (it carries forwarding headers, or the forwarded-headers middleware replaced its address) is not from this machine,
/// whatever address the proxy says it came from.
/// </summary>
internal static class LoopbackRequest
{
    private static readonly string[] ForwardingHeaders =
    [
        ForwardedHeadersDefaults.XForwardedForHeaderName,
        ForwardedHeadersDefaults.XOriginalForHeaderName,
        "Forwarded",
    ];

    public static bool IsDirect(HttpContext context)
    {
        var headers = context.Request.Headers;
        return Array.TrueForAll(ForwardingHeaders, name => !headers.ContainsKey(name))
            && context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
    }
}
