using SupportBot.Dialogs.Recognition;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Tests.Recognition;

/// <summary>The recognisers over the shipped word lists (Content/Lexicon), loaded once for the test run.</summary>
internal static class ShippedRecognizers
{
    public static ChoiceRecognizer Choice { get; } = ChoiceRecognizer.LoadEmbedded();

    public static ConfirmRecognizer Confirm { get; } = ConfirmRecognizer.LoadEmbedded();

    public static InterruptionRecognizer Interruptions { get; } = InterruptionRecognizer.LoadEmbedded();

    public static UnderstandingLexicon Understanding { get; } = UnderstandingLexicon.LoadEmbedded();
}
