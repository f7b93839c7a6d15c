using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// A component that hears help, cancel/start-over and talk-to-a-person requests in any message before
/// its steps do (keywords and matching rule: the <see cref="IInterruptionRecognizer"/> it is given), and hands them to
/// the hooks below. Each hook returns <c>null</c> for "not handled": the message then reaches the
/// active step as usual. A hook that handles the request returns what should happen, for example:
/// <list type="bullet">
/// <item><c>await ResumeAfterInterruptionAsync(innerDc, ct)</c>: answer (send content text), then ask the
/// waiting question again and stay at the same step.</item>
/// <item><c>await innerDc.CancelAllDialogsAsync(cancelParents: true, ct)</c>: stop everything; the whole
/// stack is cleared and the next message begins the root dialog afresh.</item>
/// <item><c>await innerDc.Parent!.ReplaceDialogAsync(Id, null, ct)</c>: start this flow over from its first step
/// (or replace it with another dialog in the parent's set, such as a hand-off flow).</item>
/// <item><c>await EndFlowAsync(innerDc, result, ct)</c>: end this flow now and resume its parent with <c>result</c>.</item>
/// </list>
/// </summary>
public abstract class InterruptibleComponentDialog : ComponentDialog
{
    private readonly IInterruptionRecognizer _interruptions;

    /// <summary>Creates the component; <paramref name="interruptions"/> decides what is a request for help, cancel or a person.</summary>
    protected InterruptibleComponentDialog(string dialogId, IInterruptionRecognizer interruptions)
        : base(dialogId)
    {
        ArgumentNullException.ThrowIfNull(interruptions);
        _interruptions = interruptions;
    }

    /// <summary>Checks a message for an interruption before the active step sees it.</summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var activity = innerDc.Context.Activity;
        var kind = activity?.Type == ActivityTypes.Message
            ? _interruptions.Recognize(activity.Text)
            : InterruptionKind.None;

        var handled = kind switch
        {
            InterruptionKind.HumanAgent => await OnHumanAgentRequestedAsync(innerDc, cancellationToken),
            InterruptionKind.Cancel => await OnCancelRequestedAsync(innerDc, cancellationToken),
            InterruptionKind.Help => await OnHelpRequestedAsync(innerDc, cancellationToken),
            _ => null,
        };

        return handled ?? await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    /// <summary>The user asked for help. Returns null (not handled) unless overridden.</summary>
    protected virtual Task<DialogTurnResult?> OnHelpRequestedAsync(DialogContext innerDc, CancellationToken cancellationToken)
        => Task.FromResult<DialogTurnResult?>(null);

    /// <summary>The user asked to cancel or start over. Returns null (not handled) unless overridden.</summary>
    protected virtual Task<DialogTurnResult?> OnCancelRequestedAsync(DialogContext innerDc, CancellationToken cancellationToken)
        => Task.FromResult<DialogTurnResult?>(null);

    /// <summary>The user asked for a person. Returns null (not handled) unless overridden.</summary>
    protected virtual Task<DialogTurnResult?> OnHumanAgentRequestedAsync(DialogContext innerDc, CancellationToken cancellationToken)
        => Task.FromResult<DialogTurnResult?>(null);

    /// <summary>Asks the waiting question again and keeps waiting at the same step (the attempt is not counted).</summary>
    protected static async Task<DialogTurnResult?> ResumeAfterInterruptionAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }

    /// <summary>Cancels this flow's inner dialogs and ends the flow, resuming its parent with <paramref name="result"/>.</summary>
    protected static async Task<DialogTurnResult?> EndFlowAsync(DialogContext innerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }
}
