namespace SupportBot.Dialogs.Engine;

/// <content>Ending, replacing and cancelling dialogs, and discarding a stale stack.</content>
public partial class DialogContext
{
    /// <summary>
    /// Ends the active dialog and resumes its parent with <paramref name="result"/>; when no parent is
    /// left, returns <see cref="DialogTurnStatus.Complete"/> with the result.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);
        var parent = ActiveDialog;
        if (parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        var dialog = FindDialog(parent.Id);
        if (dialog is null)
        {
            return DiscardStaleStack(parent.Id);
        }

        return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Ends the active dialog without resuming its parent, then begins <paramref name="dialogId"/> in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Cancels every dialog on this stack; returns <see cref="DialogTurnStatus.Cancelled"/>, or Empty if there was none.</summary>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
        => CancelAllDialogsAsync(cancelParents: false, cancellationToken);

    /// <summary>
    /// Cancels every dialog on this stack and, when <paramref name="cancelParents"/> is true, on every
    /// parent stack too (the whole conversation starts over on the next turn).
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, CancellationToken cancellationToken = default)
    {
        var hadDialogs = Stack.Count > 0;
        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        }

        if (cancelParents && Parent is not null)
        {
            await Parent.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }

        return new DialogTurnResult(hadDialogs ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        var dialog = instance is null ? null : FindDialog(instance.Id);
        if (dialog is not null)
        {
            await dialog.RepromptDialogAsync(Context, instance!, cancellationToken);
        }
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        var dialog = FindDialog(instance.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }

        Stack.RemoveAt(0);
    }

    private DialogTurnResult DiscardStaleStack(string unknownDialogId)
    {
        Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Empty) { UnknownDialogId = unknownDialogId };
    }
}
