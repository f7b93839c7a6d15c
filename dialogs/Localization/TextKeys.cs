using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Localization;

/// <summary>
/// Every text the code asks for, grouped as the content files are. A family (a key built from a label or a
/// device) is a method; <see cref="Families"/> lists each family's possible members for the content test.
/// </summary>
public static class TextKeys
{
    public static readonly TextKey Welcome = new("welcome");
    public static readonly TextKey ErrorApology = new("error.apology");
    public static readonly TextKey StateReset = new("state.reset");
    public static readonly TextKey SensitiveWarning = new("sensitive.warning");
    public static readonly TextKey ClosingThanks = new("closing.thanks");
    public static readonly TextKey SwitchAck = new("switch.ack");
    public static readonly TextKey HelpText = new("help.text");
    public static readonly TextKey HelpWhere = new("help.where");
    public static readonly TextKey CancelDone = new("cancel.done");

    /// <summary>Every family member the code can ask for: the domain of each method below.</summary>
    public static IEnumerable<TextKey> Families(IEnumerable<string> menuLabels) =>
        [
            .. menuLabels.Select(Menu.Choice),
            .. SymptomLabels.All.Select(Summary.Symptom),
            .. TriedNotes.All.Select(note => note.Key),
            .. new[] { Devices.IPhone, Devices.Android, Devices.Other }.Select(Cache.Steps),
        ];

    public static class Common
    {
        public static readonly TextKey Yes = new("common.yes");
        public static readonly TextKey No = new("common.no");
        public static readonly TextKey AckTry = new("common.ack_try");
        public static readonly TextKey OfferHuman = new("common.offer_human");
    }

    public static class Menu
    {
        public static readonly TextKey Prompt = new("menu.prompt");
        public static readonly TextKey NotUnderstood = new("menu.not_understood");
        public static readonly TextKey Generic = new("menu.generic");
        public static readonly TextKey GenericRetry = Generic.Retry;
        public static readonly TextKey Disambiguate = new("menu.disambiguate");
        public static readonly TextKey DisambiguateRetry = Disambiguate.Retry;
        public static readonly TextKey OutOfScope = new("menu.out_of_scope");
        public static readonly TextKey DontKnow = new("menu.dont_know");
        public static readonly TextKey SomethingElse = new("menu.something_else");

        /// <summary>The menu button (and the name) of the flow for <paramref name="symptom"/>, or of a person.</summary>
        public static TextKey Choice(string symptom) => new($"menu.choice.{symptom}");
    }

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

    public static class Email
    {
        public static readonly TextKey AskOutcome = new("email.ask_outcome");
        public static readonly TextKey Tips = new("email.tips");
        public static readonly TextKey ContactPath = new("email.contact_path");
        public static readonly TextKey NewAccountWarning = new("email.new_account_warning");
    }

    public static class Cache
    {
        public static readonly TextKey AskDevice = new("cache.ask_device");
        public static readonly TextKey AskOutcome = new("cache.ask_outcome");
        public static readonly TextKey Intro = new("cache.intro");
        public static readonly TextKey DeviceIPhone = new("cache.device.iphone");
        public static readonly TextKey DeviceAndroid = new("cache.device.android");
        public static readonly TextKey DeviceOther = new("cache.device.other");

        /// <summary>The steps for <paramref name="device"/> (one of <see cref="Devices"/>).</summary>
        public static TextKey Steps(string device) => new($"cache.steps.{device}");
    }

    public static class Takeover
    {
        public static readonly TextKey AskEmail = new("takeover.ask_email");
        public static readonly TextKey Received = new("takeover.received");
        public static readonly TextKey NotReceived = new("takeover.not_received");
        public static readonly TextKey Unsure = new("takeover.unsure");
        public static readonly TextKey CardCheck = new("takeover.card_check");
        public static readonly TextKey After = new("takeover.after");
    }

    public static class Resolved
    {
        public static readonly TextKey Glad = new("resolved.glad");
        public static readonly TextKey AskRating = new("resolved.ask_rating");
        public static readonly TextKey Skip = new("resolved.skip");
        public static readonly TextKey Thanks = new("resolved.thanks");
        public static readonly TextKey Goodbye = new("resolved.goodbye");
    }

    public static class Handoff
    {
        public static readonly TextKey Title = new("handoff.title");
        public static readonly TextKey Intro = new("handoff.intro");
        public static readonly TextKey FreeDialLabel = new("handoff.free_dial.label");
        public static readonly TextKey MobilePaidLabel = new("handoff.mobile_paid.label");
        public static readonly TextKey Numbers = new("handoff.numbers");
        public static readonly TextKey CallFreeDial = new("handoff.call.free_dial");
        public static readonly TextKey CallMobilePaid = new("handoff.call.mobile_paid");
        public static readonly TextKey PrepareTitle = new("handoff.prepare.title");
        public static readonly TextKey PrepareItems = new("handoff.prepare.items");
        public static readonly TextKey SummaryTitle = new("handoff.summary.title");
        public static readonly TextKey Reference = new("handoff.reference");
    }

    public static class Summary
    {
        public static readonly TextKey TriedNone = new("summary.tried.none");
        public static readonly TextKey Separator = new("summary.separator");

        /// <summary>How the handoff summary names the problem <paramref name="symptom"/> (any of <see cref="SymptomLabels.All"/>).</summary>
        public static TextKey Symptom(string symptom) => new($"summary.symptom.{symptom}");
    }
}

/// <summary>
/// Something the person was shown or said, kept in the case (by <see cref="Id"/>, the stored form) for the handoff summary.
/// </summary>
public readonly record struct TriedNote(string Id)
{
    /// <summary>How the handoff summary says it.</summary>
    public TextKey Key => new($"summary.tried.{Id}");
}

/// <summary>Every <see cref="TriedNote"/> the code records.</summary>
public static class TriedNotes
{
    public static readonly TriedNote PasswordStepsShown = new("password_steps_shown");
    public static readonly TriedNote PasswordSteps = new("password_steps");
    public static readonly TriedNote NoCode = new("no_code");
    public static readonly TriedNote EmailUnknown = new("email_unknown");
    public static readonly TriedNote EmailTipsShown = new("email_tips_shown");
    public static readonly TriedNote EmailTips = new("email_tips");
    public static readonly TriedNote CacheStepsShown = new("cache_steps_shown");
    public static readonly TriedNote CacheCleared = new("cache_cleared");
    public static readonly TriedNote TakeoverEmailReceived = new("takeover_email_received");
    public static readonly TriedNote TakeoverEmailNotReceived = new("takeover_email_not_received");
    public static readonly TriedNote TakeoverEmailUnknown = new("takeover_email_unknown");
    public static readonly TriedNote UserRequested = new("user_requested");
    public static readonly TriedNote NotUnderstood = new("not_understood");
    public static readonly TriedNote AnswerNotUnderstood = new("answer_not_understood");

    public static IReadOnlyList<TriedNote> All { get; } =
    [
        PasswordStepsShown, PasswordSteps, NoCode, EmailUnknown, EmailTipsShown, EmailTips, CacheStepsShown, CacheCleared,
        TakeoverEmailReceived, TakeoverEmailNotReceived, TakeoverEmailUnknown, UserRequested, NotUnderstood, AnswerNotUnderstood,
    ];
}
