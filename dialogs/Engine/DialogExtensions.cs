using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>Runs a root dialog for one turn, as the Bot Framework's <c>DialogExtensions.RunAsync</c> does.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the active dialog, or begins <paramref name="dialog"/> when nothing is active. State is
    /// not saved here: save the conversation state at the end of the turn (or use AutoSaveStateMiddleware).
    /// </summary>
    public static Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default)
        => RunAsync(dialog, turnContext, accessor, onStaleStackDiscarded: null, cancellationToken);

    /// <summary>
    /// Like <see cref="RunAsync(Dialog, ITurnContext, IStatePropertyAccessor{DialogState}, CancellationToken)"/>;
    /// when the stored stack named a dialog this deployment no longer has, the stack is discarded,
    /// <paramref name="onStaleStackDiscarded"/> is called with the unknown id (send the apology from
    /// content there; the engine has no user-facing text) and then <paramref name="dialog"/> begins afresh.
    /// The returned result keeps <see cref="DialogTurnResult.UnknownDialogId"/> so the caller can log it.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> accessor,
        Func<ITurnContext, string, CancellationToken, Task>? onStaleStackDiscarded,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken);

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status != DialogTurnStatus.Empty)
        {
            return result;
        }

        if (result.UnknownDialogId is { } unknownId && onStaleStackDiscarded is not null)
        {
            await onStaleStackDiscarded(turnContext, unknownId, cancellationToken);
        }

        var begun = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
        return begun with { UnknownDialogId = result.UnknownDialogId };
    }
}
