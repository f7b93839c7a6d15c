namespace SupportBot.Dialogs.Analytics;

/// <summary>How a support case ended, as stored in the conversation facts (abandoned is worked out when read: no outcome, idle too long).</summary>
public static class Outcomes
{
    public const string Resolved = "resolved";
    public const string Escalated = "escalated";
    public const string OutOfScope = "out_of_scope";
    public const string Abandoned = "abandoned";

    /// <summary>No outcome yet, and not idle long enough to count as abandoned.</summary>
    public const string InProgress = "in_progress";

    /// <summary>Every outcome an operator can filter by, in the dashboard's order.</summary>
    public static IReadOnlyList<string> All { get; } = [Resolved, Escalated, Abandoned, OutOfScope, InProgress];
}

/// <summary>Why a conversation was handed to a person.</summary>
public static class EscalationReasons
{
    /// <summary>The person asked for someone, or for the phone numbers.</summary>
    public const string AskedForPerson = "asked_for_person";

    /// <summary>The self-service steps did not work.</summary>
    public const string StepsFailed = "steps_failed";

    /// <summary>A possible account takeover: always a person, at once.</summary>
    public const string Takeover = "takeover";

    /// <summary>The bot did not understand twice and offered a person rather than guess.</summary>
    public const string NotUnderstood = "not_understood";

    public static IReadOnlyList<string> All { get; } = [AskedForPerson, StepsFailed, Takeover, NotUnderstood];
}
