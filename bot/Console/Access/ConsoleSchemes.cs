namespace SupportBot.Bot.Console.Access;

/// <summary>Names of the console's authentication schemes, cookie and paths.</summary>
internal static class ConsoleSchemes
{
    /// <summary>The signed-in operator's cookie (scoped to <see cref="PathPrefix"/>).</summary>
    public const string Cookie = "ConsoleCookie";

    /// <summary>Microsoft Entra ID, when configured.</summary>
    public const string Entra = "ConsoleEntra";

    /// <summary>The authorization policy every console endpoint requires.</summary>
    public const string OperatorPolicy = "ConsoleOperator";

    public const string PathPrefix = "/admin";
    public const string SignInPath = "/admin/signin";
    public const string SignOutPath = "/admin/signout";
    public const string EntraCallbackPath = "/admin/signin-oidc";
    public const string EntraSignedOutPath = "/admin/signout-callback-oidc";

    /// <summary>The header fetch requests carry the antiforgery token in (rendered by the layout in a meta tag).</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";

    /// <summary>The claim of an operator who signed in with the key (Entra users keep their own claims).</summary>
    public const string KeyOperatorName = "operator";
}
