using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// One turn's view of a dialog stack: begins, continues, ends, replaces and cancels dialogs.
/// The stack's top (the active dialog) is at index 0.
/// </summary>
public partial class DialogContext
{
    /// <summary>Creates a context over <paramref name="state"/> for this turn.</summary>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
        : this(dialogs, turnContext, state, parent: null)
    {
    }

    /// <summary>Creates the inner context of a component, whose <see cref="Parent"/> is the outer one.</summary>
    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, parentDialogContext?.Context!, state, parentDialogContext)
    {
        ArgumentNullException.ThrowIfNull(parentDialogContext);
    }

    /// <summary>Shares another context's stack (used by <see cref="WaterfallStepContext"/>).</summary>
    protected DialogContext(DialogContext other)
        : this(other?.Dialogs!, other?.Context!, other?.State!, other?.Parent)
    {
    }

    private DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        State = state;
        Parent = parent;
    }

    /// <summary>The dialogs this context can begin.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The current turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The persisted stack state.</summary>
    public DialogState State { get; }

    /// <summary>The stack, top first.</summary>
    public List<DialogInstance> Stack => State.DialogStack;

    /// <summary>The outer context when this is a component's inner context, else <c>null</c>.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The instance on top of the stack, or <c>null</c> when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it.</summary>
    /// <exception cref="ArgumentException">No dialog with that id is in <see cref="Dialogs"/> (a programming error).</exception>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new ArgumentException($"Dialog '{dialogId}' is not in the DialogSet.", nameof(dialogId));
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins the prompt <paramref name="dialogId"/> with <paramref name="options"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Hands the turn to the active dialog. Returns <see cref="DialogTurnStatus.Empty"/> when nothing is
    /// active. When the stack names a dialog id this set no longer has, the stack is cleared and the
    /// result carries <see cref="DialogTurnResult.UnknownDialogId"/> instead of throwing.
    /// </summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(instance.Id);
        if (dialog is null)
        {
            return DiscardStaleStack(instance.Id);
        }

        var result = await dialog.ContinueDialogAsync(this, cancellationToken);
        return result.StaleStackDiscarded ? DiscardStaleStack(result.UnknownDialogId!) : result;
    }

    /// <summary>Finds a dialog in this context's set or, failing that, in a parent's.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);
}
