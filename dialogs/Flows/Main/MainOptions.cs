namespace SupportBot.Dialogs.Flows.Main;

/// <summary>
/// How the main dialog (re)starts. <c>null</c> options mean a fresh start from whatever the user
/// just said; a <see cref="StartWith"/> label skips the question (redirects, flow switches); otherwise
/// <see cref="Menu"/> says which question to ask, and <see cref="Retry"/> asks it in other words.
/// </summary>
internal sealed record MainOptions(
    int Misunderstood = 0,
    string? StartWith = null,
    bool KeepCase = false,
    MainMenu Menu = MainMenu.Start,
    bool Retry = false,
    List<string>? Candidates = null);

/// <summary>The questions the main dialog asks before a flow starts.</summary>
internal enum MainMenu
{
    /// <summary>"What's the problem?" with the four causes and a person.</summary>
    Start,

    /// <summary>"It is almost always one of these four causes": after a generic "can't log in".</summary>
    Causes,

    /// <summary>"Which of these is closer?" with two close candidates.</summary>
    Disambiguate,

    /// <summary>Out of scope: what this bot is for, the phone contact, and the four causes.</summary>
    OutOfScope,

    /// <summary>They don't know which cause: asked to describe what they see.</summary>
    Describe,
}
