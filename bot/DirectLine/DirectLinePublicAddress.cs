using System.Net;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// Where clients reach this app, for the <c>streamUrl</c> (which carries the token) and the
/// activities' <c>serviceUrl</c>: <see cref="DirectLineOptions.PublicUrl"/> when configured;
/// otherwise the request's own host, but only a validated one: a loopback host, or any host when
/// <c>AllowedHosts</c> names the hosts (host filtering has then refused every other). A Host header
/// a client made up is never reflected.
/// </summary>
internal sealed class DirectLinePublicAddress(IOptions<DirectLineOptions> options, IConfiguration configuration)
{
    private readonly bool _hostsFiltered = configuration["AllowedHosts"] is { } allowed
        && allowed.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } hosts
        && !hosts.Contains("*");

    /// <summary>The app's base address (ending in <c>/</c>) for this request, or null when its host cannot be trusted.</summary>
    public Uri? BaseFor(HttpRequest request)
    {
        if (options.Value.PublicUrl is { IsAbsoluteUri: true } configured)
        {
            var text = configured.ToString();
            return new Uri(text.EndsWith('/') ? text : text + "/");
        }

        return request.Host.HasValue && (_hostsFiltered || IsLoopback(request.Host.Host))
            ? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/")
            : null;
    }

    public static string StreamUrl(Uri baseAddress, string conversationId, string token, string? watermark)
    {
        var scheme = baseAddress.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        var query = QueryString.Create(new Dictionary<string, string?> { ["watermark"] = watermark ?? string.Empty, ["t"] = token });
        return $"{scheme}://{baseAddress.Authority}{baseAddress.AbsolutePath}v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream{query}";
    }

    public static DirectLineErrorResult UntrustedHost() => DirectLineErrorResult.BadArgument(
        "The Host header names no address this service is configured for; set DirectLine:PublicUrl or AllowedHosts.");

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
