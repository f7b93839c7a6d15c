using System.Reflection;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Localization;

/// <summary>
/// Every text the code asks for, grouped as the content files are; each flow's group lives beside the flow
/// (Flows/*/*Texts.cs). A family (a key built from a label or a
/// device) is a method; <see cref="Families"/> lists each family's possible members for the content test.
/// </summary>
public static partial class TextKeys
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

/// <summary>Every <see cref="TriedNote"/> the code records; each flow declares its own beside it.</summary>
public static partial class TriedNotes
{
    public static readonly TriedNote UserRequested = new("user_requested");
    public static readonly TriedNote NotUnderstood = new("not_understood");
    public static readonly TriedNote AnswerNotUnderstood = new("answer_not_understood");

    // Lazy: the fields are spread over partial files, whose initializers run in no defined order.
    private static readonly Lazy<IReadOnlyList<TriedNote>> AllNotes = new(() =>
    [
        .. typeof(TriedNotes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(TriedNote))
            .Select(field => (TriedNote)field.GetValue(null)!),
    ]);

    /// <summary>Every note declared here and in the flows' parts of this class.</summary>
    public static IReadOnlyList<TriedNote> All => AllNotes.Value;
}
