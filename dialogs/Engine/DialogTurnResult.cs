namespace SupportBot.Dialogs.Engine;

/// <summary>What a dialog operation did to the stack.</summary>
/// <param name="Status">The state of the stack afterwards.</param>
/// <param name="Result">The result of the dialog that completed, if any.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>
    /// Set when the stored stack named a dialog id this deployment no longer has (the Bot Framework's
    /// "Can't resume previous dialog" failure). The engine then discards the whole stack instead of
    /// throwing and reports <see cref="DialogTurnStatus.Empty"/> with the id here, so the caller can
    /// log it, apologise with its own content text, and begin afresh (see <see cref="DialogExtensions"/>).
    /// </summary>
    public string? UnknownDialogId { get; init; }

    /// <summary>True when a stale stack was discarded this turn; see <see cref="UnknownDialogId"/>.</summary>
    public bool StaleStackDiscarded => UnknownDialogId is not null;
}
