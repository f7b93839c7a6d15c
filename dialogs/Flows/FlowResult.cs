namespace SupportBot.Dialogs.Flows;

internal enum FlowOutcome
{
    /// <summary>The person can sign in again.</summary>
    Resolved,

    /// <summary>The person was handed to customer service.</summary>
    Escalated,

    /// <summary>Another flow fits better (for example: does not know the email after all).</summary>
    Redirect,
}

/// <summary>How a support flow ended, returned to the main dialog.</summary>
internal sealed record FlowResult(FlowOutcome Outcome, string Symptom)
{
    public static FlowResult Resolved(string symptom) => new(FlowOutcome.Resolved, symptom);

    public static FlowResult Escalated(string symptom) => new(FlowOutcome.Escalated, symptom);

    public static FlowResult RedirectTo(string symptom) => new(FlowOutcome.Redirect, symptom);
}
