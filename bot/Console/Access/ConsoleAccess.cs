using Microsoft.Extensions.Options;
using SupportBot.Bot.Security;

namespace SupportBot.Bot.Console.Access;

/// <summary>
/// The console's access rule, decided once from configuration: Entra ID when configured, else the operator key, else
/// (local development only: no <c>MicrosoftAppId</c>) this machine without signing in, else nobody. A request that came
/// through a proxy is never "this machine".
/// </summary>
public sealed class ConsoleAccess
{
    internal ConsoleAccess(IOptions<ConsoleAccessOptions> options, UnauthenticatedChannelPolicy channel)
    {
        var value = options.Value;
        Mode = value.Entra.IsConfigured ? ConsoleAccessMode.Entra
            : !string.IsNullOrEmpty(value.OperatorKey) ? ConsoleAccessMode.OperatorKey
            : channel.RequiresChannelToken ? ConsoleAccessMode.Closed
            : ConsoleAccessMode.LoopbackDevelopment;
    }

    public ConsoleAccessMode Mode { get; }

    /// <summary>Whether sign-in is possible at all (a page to go to).</summary>
    public bool HasSignIn => Mode is ConsoleAccessMode.Entra or ConsoleAccessMode.OperatorKey;

    /// <summary>Whether <paramref name="context"/> may see the console without signing in.</summary>
    public bool AdmitsWithoutSignIn(HttpContext context) =>
        Mode == ConsoleAccessMode.LoopbackDevelopment && LoopbackRequest.IsDirect(context);
}
