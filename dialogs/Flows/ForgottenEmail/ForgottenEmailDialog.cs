using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Flows.ForgottenEmail;

/// <summary>
/// Forgotten registered email: typo and other-address tips first; if that fails, the article's
/// contact path, the warning not to just open a new account, and the handoff card.
/// </summary>
internal sealed class ForgottenEmailDialog : SupportFlowDialog
{
    private static readonly TextKey AskOutcome = TextKeys.Email.AskOutcome;

    public ForgottenEmailDialog(FlowServices services)
        : base(nameof(ForgottenEmailDialog), SymptomLabels.ForgotEmail, services)
    {
        AddSteps(TipsStepAsync, OutcomeStepAsync);
        AddQuestion(AskOutcome, YesNo, waitsForOutcome: true);
    }

    private async Task<DialogTurnResult> TipsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await SayAsync(step, TextKeys.Email.Tips, cancellationToken);
        await NoteAsync(step, TriedNotes.EmailTipsShown, cancellationToken);
        return await AskYesNoAsync(step, AskOutcome, cancellationToken);
    }

    private async Task<DialogTurnResult> OutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (Answer(step))
        {
            case Yes:
                return await ResolveAsync(step, cancellationToken);
            case No:
                await NoteAsync(step, TriedNotes.EmailTips, cancellationToken);
                await SayAsync(step, TextKeys.Email.ContactPath, cancellationToken);
                await SayAsync(step, TextKeys.Email.NewAccountWarning, cancellationToken);
                return await EscalateAsync(step, cancellationToken);
            default:
                return await OfferPersonAsync(step, cancellationToken);
        }
    }
}
