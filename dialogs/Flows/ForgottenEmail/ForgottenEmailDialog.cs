using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Flows.ForgottenEmail;

/// <summary>
/// Forgotten registered email: typo and other-address tips first; if that fails, the article's
/// contact path, the warning not to just open a new account, and the handoff card.
/// </summary>
internal sealed class ForgottenEmailDialog : SupportFlowDialog
{
    public ForgottenEmailDialog(FlowServices services)
        : base(nameof(ForgottenEmailDialog), SymptomLabels.ForgotEmail, services) =>
        AddSteps(TipsStepAsync, OutcomeStepAsync);

    private async Task<DialogTurnResult> TipsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await SayAsync(step, "email.tips", cancellationToken);
        return await AskYesNoAsync(step, "email.ask_outcome", cancellationToken);
    }

    private async Task<DialogTurnResult> OutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            return await ResolveAsync(step, cancellationToken);
        }

        await NoteTriedAsync(step, "email_tips", cancellationToken);
        await SayAsync(step, "email.contact_path", cancellationToken);
        await SayAsync(step, "email.new_account_warning", cancellationToken);
        return await EscalateAsync(step, cancellationToken);
    }
}
