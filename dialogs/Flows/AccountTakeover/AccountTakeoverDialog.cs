using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Understanding;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Flows.AccountTakeover;

/// <summary>
/// Suspected takeover: one question (the 「端末またはアプリから登録が試みられました」 email), then,
/// whatever the answer — yes, no, "I can't check", or anything not understood — urgent handling at once:
/// the handoff card with both numbers, what to have ready, checking the card for unknown charges, and
/// changing to a complex password afterwards. The answer only changes what is said and summarised.
/// </summary>
internal sealed class AccountTakeoverDialog : SupportFlowDialog
{
    private static readonly TextKey AskEmail = TextKeys.Takeover.AskEmail;
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
            Yes => (TriedNotes.TakeoverEmailReceived, TextKeys.Takeover.Received),
            No => (TriedNotes.TakeoverEmailNotReceived, TextKeys.Takeover.NotReceived),
            _ => (TriedNotes.TakeoverEmailUnknown, TextKeys.Takeover.Unsure),
        };
        await NoteAsync(step, summaryKey, cancellationToken);
        await SayAsync(step, textKey, cancellationToken);
        await Services.Handoff.HandOffAsync(step.Context, Symptom, EscalationReasons.Takeover, cancellationToken);
        await SayAsync(step, TextKeys.Takeover.CardCheck, cancellationToken);
        await SayAsync(step, TextKeys.Takeover.After, cancellationToken);
        return await step.EndDialogAsync(FlowResult.Escalated(Symptom), cancellationToken);
    }
}
