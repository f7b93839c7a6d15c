namespace SupportBot.Bot.Console.Access;

/// <summary>How the console decides who may open it; one mode for the whole process, chosen from configuration at start-up.</summary>
public enum ConsoleAccessMode
{
    /// <summary>Sign-in with Microsoft Entra ID (OpenID Connect).</summary>
    Entra,

    /// <summary>Sign-in with the operator key from configuration.</summary>
    OperatorKey,

    /// <summary>Local development (no <c>MicrosoftAppId</c>, no sign-in configured): open to this machine only, closed to every other.</summary>
    LoopbackDevelopment,

    /// <summary>A deployed bot with no sign-in configured: closed to everyone.</summary>
    Closed,
}
