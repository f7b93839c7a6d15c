using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Flows.ForgottenEmail;

/// <summary>
/// Forgotten registered email: typo and other-address tips first; if that fails, the article's
/// contact path, the warning not to just open a new account, and the handoff card.
/// </summary>
internal sealed class ForgottenEmailDialog : SupportFlowDialog
{
    private const string AskOutcome = "email.ask_outcome";

    public ForgottenEmailDialog(FlowServices services)
        : base(nameof(ForgottenEmailDialog), SymptomLabels.ForgotEmail, services)
    {
        AddSteps(TipsStepAsync, OutcomeStepAsync);
        AddQuestion(AskOutcome, YesNo, waitsForOutcome: true);
    }

    private async Task<DialogTurnResult> TipsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await SayAsync(step, "email.tips", cancellationToken);
        await NoteAsync(step, "email_tips_shown", cancellationToken);
        return await AskYesNoAsync(step, AskOutcome, cancellationToken);
    }

    private async Task<DialogTurnResult> OutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (Answer(step))
        {
            case Yes:
                return await ResolveAsync(step, cancellationToken);
            case No:
                await NoteAsync(step, "email_tips", cancellationToken);
                await SayAsync(step, "email.contact_path", cancellationToken);
                await SayAsync(step, "email.new_account_warning", cancellationToken);
                return await EscalateAsync(step, cancellationToken);
            default:
                return await OfferPersonAsync(step, cancellationToken);
        }
    }
}
