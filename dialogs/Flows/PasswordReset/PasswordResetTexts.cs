
namespace SupportBot.Dialogs.Localization;

/// <summary>The texts the PasswordReset flow asks for (Content/Texts), beside the flow.</summary>
public static partial class TextKeys
{
    public static class Password
    {
        public static readonly TextKey AskEmailKnown = new("password.ask_email_known");
        public static readonly TextKey AskOutcome = new("password.ask_outcome");
        public static readonly TextKey AskCodeArrived = new("password.ask_code_arrived");
        public static readonly TextKey Steps = new("password.steps");
        public static readonly TextKey Tip = new("password.tip");
        public static readonly TextKey OutcomeWorked = new("password.outcome.worked");
        public static readonly TextKey OutcomeFailed = new("password.outcome.failed");
        public static readonly TextKey OutcomeNoCode = new("password.outcome.no_code");
        public static readonly TextKey OutcomeRepeat = new("password.outcome.repeat");
        public static readonly TextKey NoCodeTips = new("password.no_code.tips");
    }
}

/// <summary>What the PasswordReset flow notes for the handoff summary.</summary>
public static partial class TriedNotes
{
    public static readonly TriedNote PasswordStepsShown = new("password_steps_shown");
    public static readonly TriedNote PasswordSteps = new("password_steps");
    public static readonly TriedNote NoCode = new("no_code");
    public static readonly TriedNote EmailUnknown = new("email_unknown");
}
