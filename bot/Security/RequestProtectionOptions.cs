namespace SupportBot.Bot.Security;

/// <summary>
/// Limits for hostile or runaway clients (section <c>RequestProtection</c>). The defaults are
/// generous: a person typing, or Web Chat polling, never comes near them.
/// </summary>
internal sealed class RequestProtectionOptions
{
    public const string SectionName = "RequestProtection";

    /// <summary>Largest request body on any endpoint; a channel activity is a few KB, a card submit rarely 20 KB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Deepest JSON nesting accepted in an activity (Adaptive Card submit data included).</summary>
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>Requests per client address per <see cref="Window"/>, over all endpoints but the health probes.</summary>
    public int PermitsPerClient { get; set; } = 600;

    /// <summary>Activities per conversation per <see cref="Window"/> (<c>/api/messages</c> and Direct Line).</summary>
    public int PermitsPerConversation { get; set; } = 120;

    /// <summary>Operator-console sign-in attempts per client address and window.</summary>
    public int SignInAttemptsPerClient { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
