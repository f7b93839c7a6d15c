
namespace SupportBot.Dialogs.Localization;

/// <summary>The texts the AccountTakeover flow asks for (Content/Texts), beside the flow.</summary>
public static partial class TextKeys
{
    public static class Takeover
    {
        public static readonly TextKey AskEmail = new("takeover.ask_email");
        public static readonly TextKey Received = new("takeover.received");
        public static readonly TextKey NotReceived = new("takeover.not_received");
        public static readonly TextKey Unsure = new("takeover.unsure");
        public static readonly TextKey CardCheck = new("takeover.card_check");
        public static readonly TextKey After = new("takeover.after");
    }
}

/// <summary>What the AccountTakeover flow notes for the handoff summary.</summary>
public static partial class TriedNotes
{
    public static readonly TriedNote TakeoverEmailReceived = new("takeover_email_received");
    public static readonly TriedNote TakeoverEmailNotReceived = new("takeover_email_not_received");
    public static readonly TriedNote TakeoverEmailUnknown = new("takeover_email_unknown");
}
