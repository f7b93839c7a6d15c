using System.Net;

namespace SupportBot.Bot.Security;

/// <summary>
/// Who may call <c>/api/messages</c> without a Bot Framework token, and where its replies may go.
/// With <c>MicrosoftAppId</c> set, nobody: the Bot Framework's JWT validation in the adapter decides.
/// Without it (local development, the Emulator), only this machine, unless
/// <c>AllowUnauthenticatedRemote</c> says so; either way replies go only to a loopback
/// <c>serviceUrl</c> (or a host in <c>DevelopmentReplyHosts</c>), over http(s), without credentials.
/// </summary>
internal sealed class UnauthenticatedChannelPolicy(IConfiguration configuration)
{
    private readonly HashSet<string> _replyHosts = new(
        configuration.GetSection("DevelopmentReplyHosts").Get<string[]>() ?? [], StringComparer.OrdinalIgnoreCase);

    public bool RequiresChannelToken { get; } = !string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);

    public bool AllowsRemote { get; } = configuration.GetValue<bool>("AllowUnauthenticatedRemote");

    /// <summary>The mode for the start-up log.</summary>
    public string Mode => RequiresChannelToken
        ? "Bot Framework JWT authentication"
        : AllowsRemote ? "unauthenticated, any address (AllowUnauthenticatedRemote)" : "unauthenticated, loopback only";

    public bool Admits(IPAddress? remoteAddress) =>
        RequiresChannelToken || AllowsRemote || (remoteAddress is not null && IPAddress.IsLoopback(remoteAddress));

    /// <summary>
    /// As <see cref="Admits(IPAddress?)"/>, for a request: one that came through a proxy (it carries
    /// forwarding headers, or the forwarded-headers middleware replaced its address) is not from this
    /// machine, whatever address the proxy says it came from.
    /// </summary>
    public bool Admits(HttpContext context) => RequiresChannelToken || AllowsRemote || LoopbackRequest.IsDirect(context);

    /// <summary>
    /// Whether a turn without a channel token may send replies to <paramref name="serviceUrl"/>:
    /// http(s), no user name or password, and a loopback host (or one listed in <c>DevelopmentReplyHosts</c>).
    /// With a channel token the token's own <c>serviceurl</c> claim binds it instead.
    /// </summary>
    public bool AllowsReplyTo(string? serviceUrl)
    {
        if (RequiresChannelToken)
        {
            return true;
        }

        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.UserInfo.Length > 0)
        {
            return false;
        }

        return uri.IsLoopback || _replyHosts.Contains(uri.IdnHost);
    }
}
