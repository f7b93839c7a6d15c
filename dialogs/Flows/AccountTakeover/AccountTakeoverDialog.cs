using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Flows.AccountTakeover;

/// <summary>
/// Suspected takeover: one question (the 「端末またはアプリから登録が試みられました」 email), then,
/// whatever the answer — yes, no, "I can't check", or anything not understood — urgent handling at once:
/// the handoff card with both numbers, what to have ready, checking the card for unknown charges, and
/// changing to a complex password afterwards. The answer only changes what is said and summarised.
/// </summary>
internal sealed class AccountTakeoverDialog : SupportFlowDialog
{
    private const string AskEmail = "takeover.ask_email";
    private const string Unsure = "unsure";

    public AccountTakeoverDialog(FlowServices services)
        : base(nameof(AccountTakeoverDialog), SymptomLabels.AccountHijack, services)
    {
        AddSteps(AskSuspiciousEmailStepAsync, UrgentStepAsync);
        AddQuestion(AskEmail, new Dictionary<string, string>
        {
            [AnswerKinds.Yes] = Yes,
            [AnswerKinds.No] = No,
            [AnswerKinds.DontKnow] = Unsure,
        });
    }

    // One chance only: a takeover victim is never kept waiting for a clearer answer.
    private Task<DialogTurnResult> AskSuspiciousEmailStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        AskYesNoAsync(step, AskEmail, cancellationToken, maxAttempts: 1);

    private async Task<DialogTurnResult> UrgentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var (summaryKey, textKey) = Answer(step) switch
        {
            Yes => ("takeover_email_received", "takeover.received"),
            No => ("takeover_email_not_received", "takeover.not_received"),
            _ => ("takeover_email_unknown", "takeover.unsure"),
        };
        await NoteAsync(step, summaryKey, cancellationToken);
        await SayAsync(step, textKey, cancellationToken);
        await Services.Handoff.HandOffAsync(step.Context, Symptom, cancellationToken);
        await SayAsync(step, "takeover.card_check", cancellationToken);
        await SayAsync(step, "takeover.after", cancellationToken);
        return await step.EndDialogAsync(FlowResult.Escalated(Symptom), cancellationToken);
    }
}
