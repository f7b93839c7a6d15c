using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Flows.AccountTakeover;

/// <summary>
/// Suspected takeover: one question (the 「端末またはアプリから登録が試みられました」 email), then,
/// whatever the answer, urgent handling: the handoff card with both numbers, what to have ready,
/// checking the card for unknown charges, and changing to a complex password afterwards.
/// </summary>
internal sealed class AccountTakeoverDialog : SupportFlowDialog
{
    public AccountTakeoverDialog(FlowServices services)
        : base(nameof(AccountTakeoverDialog), SymptomLabels.AccountHijack, services) =>
        AddSteps(AskSuspiciousEmailStepAsync, UrgentStepAsync);

    private Task<DialogTurnResult> AskSuspiciousEmailStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        AskYesNoAsync(step, "takeover.ask_email", cancellationToken);

    private async Task<DialogTurnResult> UrgentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var received = step.Result is true;
        await NoteTriedAsync(step, received ? "takeover_email_received" : "takeover_email_not_received", cancellationToken);
        await SayAsync(step, received ? "takeover.received" : "takeover.not_received", cancellationToken);
        await Services.Handoff.HandOffAsync(step.Context, Symptom, cancellationToken);
        await SayAsync(step, "takeover.card_check", cancellationToken);
        await SayAsync(step, "takeover.after", cancellationToken);
        return await step.EndDialogAsync(FlowResult.Escalated(Symptom), cancellationToken);
    }
}
