namespace SupportBot.Dialogs.Engine;

/// <summary>The state of the dialog stack after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack is empty: nothing was active (or a stale stack was discarded).</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user's next activity.</summary>
    Waiting,

    /// <summary>The last dialog on the stack completed; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
