using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Flows.PasswordReset;

/// <summary>
/// Forgotten password: the article's six reset steps, for people who know their registered email.
/// </summary>
internal sealed class PasswordResetDialog : SupportFlowDialog
{
    private const string Worked = "worked";
    private const string Failed = "failed";
    private const string NoCode = "no_code";
    private const string Repeat = "repeat";

    public PasswordResetDialog(FlowServices services)
        : base(nameof(PasswordResetDialog), SymptomLabels.ForgotPassword, services) =>
        AddSteps(AskEmailKnownStepAsync, ShowStepsStepAsync, AskOutcomeStepAsync, HandleOutcomeStepAsync, CodeArrivedStepAsync);

    private async Task<DialogTurnResult> AskEmailKnownStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<PasswordResetOptions>() ?? new PasswordResetOptions();
        return options.EmailKnown
            ? await step.NextAsync(true, cancellationToken)
            : await AskYesNoAsync(step, "password.ask_email_known", cancellationToken);
    }

    private async Task<DialogTurnResult> ShowStepsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is false)
        {
            await Services.Cases.NoteTriedAsync(step.Context, "email_unknown", cancellationToken);
            return await RedirectAsync(step, SymptomLabels.ForgotEmail, cancellationToken);
        }

        var options = step.GetOptions<PasswordResetOptions>() ?? new PasswordResetOptions();
        if (!options.StepsShown)
        {
            await SayAsync(step, "password.steps", cancellationToken);
            await SayAsync(step, "password.tip", cancellationToken);
        }

        return await step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AskOutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        AskChoiceAsync(step, "password.ask_outcome",
            [
                Choice(step.Context, Worked, "password.outcome.worked"),
                Choice(step.Context, Failed, "password.outcome.failed"),
                Choice(step.Context, NoCode, "password.outcome.no_code"),
                Choice(step.Context, Repeat, "password.outcome.repeat"),
            ],
            cancellationToken);

    private async Task<DialogTurnResult> HandleOutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (PickedValue(step))
        {
            case Worked:
                return await ResolveAsync(step, cancellationToken);
            case NoCode:
                await NoteTriedAsync(step, "no_code", cancellationToken);
                await SayAsync(step, "password.no_code.tips", cancellationToken);
                return await AskYesNoAsync(step, "password.ask_code_arrived", cancellationToken);
            case Repeat:
                return await step.ReplaceDialogAsync(step.ActiveDialog!.Id, new PasswordResetOptions(EmailKnown: true), cancellationToken);
            default:
                await NoteTriedAsync(step, "password_steps", cancellationToken);
                return await EscalateAsync(step, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> CodeArrivedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result is true
            ? await step.ReplaceDialogAsync(step.ActiveDialog!.Id, new PasswordResetOptions(EmailKnown: true, StepsShown: true), cancellationToken)
            : await EscalateAsync(step, cancellationToken);
}
