using System.Net;

namespace SupportBot.Bot.Security;

/// <summary>
/// Who may call <c>/api/messages</c> without a Bot Framework token. With <c>MicrosoftAppId</c>
/// set, nobody: the Bot Framework's JWT validation in the adapter decides. Without it (local
/// development, the Emulator), only this machine, unless <c>AllowUnauthenticatedRemote</c> says so.
/// </summary>
internal sealed class UnauthenticatedChannelPolicy(IConfiguration configuration)
{
    public bool RequiresChannelToken { get; } = !string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);

    public bool AllowsRemote { get; } = configuration.GetValue<bool>("AllowUnauthenticatedRemote");

    /// <summary>The mode for the start-up log.</summary>
    public string Mode => RequiresChannelToken
        ? "Bot Framework JWT authentication"
        : AllowsRemote ? "unauthenticated, any address (AllowUnauthenticatedRemote)" : "unauthenticated, loopback only";

    public bool Admits(IPAddress? remoteAddress) =>
        RequiresChannelToken || AllowsRemote || (remoteAddress is not null && IPAddress.IsLoopback(remoteAddress));
}
