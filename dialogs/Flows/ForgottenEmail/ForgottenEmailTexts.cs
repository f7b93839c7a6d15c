
namespace SupportBot.Dialogs.Localization;

/// <summary>The texts the ForgottenEmail flow asks for (Content/Texts), beside the flow.</summary>
public static partial class TextKeys
{
    public static class Email
    {
        public static readonly TextKey AskOutcome = new("email.ask_outcome");
        public static readonly TextKey Tips = new("email.tips");
        public static readonly TextKey ContactPath = new("email.contact_path");
        public static readonly TextKey NewAccountWarning = new("email.new_account_warning");
    }
}

/// <summary>What the ForgottenEmail flow notes for the handoff summary.</summary>
public static partial class TriedNotes
{
    public static readonly TriedNote EmailTipsShown = new("email_tips_shown");
    public static readonly TriedNote EmailTips = new("email_tips");
}
