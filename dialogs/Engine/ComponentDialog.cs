using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// A dialog made of dialogs: it has its own <see cref="DialogSet"/> and its own stack, persisted inside
/// its instance state, so a support flow is one component with its waterfall and prompts.
/// </summary>
public class ComponentDialog : Dialog
{
    internal const string InnerStateKey = "dialogs";

    private readonly DialogSet _dialogs = new();

    /// <summary>Creates a component; add its dialogs with <see cref="AddDialog"/>.</summary>
    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The inner dialog begun first; defaults to the first dialog added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>Adds an inner dialog.</summary>
    /// <returns>This component, so that calls can be chained.</returns>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <summary>Finds an inner dialog by id.</summary>
    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId);

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        instance.State[InnerStateKey] = new DialogState();
        var result = await OnBeginDialogAsync(CreateInnerContext(dc, instance), options, cancellationToken);
        return await CompleteTurnAsync(dc, instance, result, cancellationToken);
    }

    /// <summary>
    /// Passes the turn to <see cref="OnContinueDialogAsync"/>. Afterwards: if the component's own
    /// instance is no longer on top of the outer stack (a hook replaced or cancelled it), the result is
    /// returned as it is; if the inner stack waits, the component waits; otherwise the component ends
    /// with the inner result and its parent resumes.
    /// </summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var result = await OnContinueDialogAsync(CreateInnerContext(dc, instance), cancellationToken);
        return await CompleteTurnAsync(dc, instance, result, cancellationToken);
    }

    /// <summary>A component never starts outer dialogs itself, so resuming just asks its question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var inner = new DialogContext(_dialogs, turnContext, InnerState(instance));
        return OnRepromptDialogAsync(inner, cancellationToken);
    }

    /// <summary>On cancel or replace, the inner dialogs are cancelled too.</summary>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason is DialogReason.CancelCalled or DialogReason.ReplaceCalled)
        {
            await new DialogContext(_dialogs, turnContext, InnerState(instance)).CancelAllDialogsAsync(cancellationToken);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    /// <summary>Begins the initial inner dialog.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Continues the inner stack; override to look at the message first (see <see cref="InterruptibleComponentDialog"/>).</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Reprompts the active inner dialog.</summary>
    protected virtual Task OnRepromptDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.RepromptDialogAsync(cancellationToken);
    }

    /// <summary>Called when the component ends. Does nothing by default.</summary>
    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>Ends the component, resuming its parent with <paramref name="result"/>.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private static DialogState InnerState(DialogInstance instance)
        => StateValue.GetOrCreate(instance.State, InnerStateKey, () => new DialogState());

    private DialogContext CreateInnerContext(DialogContext outerDc, DialogInstance instance)
        => new(_dialogs, outerDc, InnerState(instance));

    private async Task<DialogTurnResult> CompleteTurnAsync(DialogContext outerDc, DialogInstance instance, DialogTurnResult result, CancellationToken cancellationToken)
    {
        if (result.StaleStackDiscarded || !ReferenceEquals(outerDc.ActiveDialog, instance) || result.Status == DialogTurnStatus.Waiting)
        {
            return result;
        }

        return await EndComponentAsync(outerDc, result.Result, cancellationToken);
    }
}
