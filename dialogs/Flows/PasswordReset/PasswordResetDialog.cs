using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Understanding;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Flows.PasswordReset;

/// <summary>
/// Forgotten password: the article's six reset steps, for people who know their registered email.
/// </summary>
internal sealed class PasswordResetDialog : SupportFlowDialog
{
    private static readonly TextKey AskEmailKnown = TextKeys.Password.AskEmailKnown;
    private static readonly TextKey AskOutcome = TextKeys.Password.AskOutcome;
    private static readonly TextKey AskCodeArrived = TextKeys.Password.AskCodeArrived;

    private const string Worked = "worked";
    private const string Failed = "failed";
    private const string NoCode = "no_code";
    private const string Repeat = "repeat";

    public PasswordResetDialog(FlowServices services)
        : base(nameof(PasswordResetDialog), SymptomLabels.ForgotPassword, services)
    {
        AddSteps(AskEmailKnownStepAsync, ShowStepsStepAsync, AskOutcomeStepAsync, HandleOutcomeStepAsync, CodeArrivedStepAsync);

        // Not knowing whether one knows the address is not knowing it.
        AddQuestion(
            AskEmailKnown,
            new Dictionary<string, string> { [AnswerKinds.Yes] = Yes, [AnswerKinds.No] = No, [AnswerKinds.DontKnow] = No },
            readsFact: understanding => understanding.SaysEmailKnown ? Yes : null);
        AddQuestion(AskOutcome, new Dictionary<string, string>
        {
            [AnswerKinds.Yes] = Worked,
            [AnswerKinds.No] = Failed,
            [AnswerKinds.NoCode] = NoCode,
            [AnswerKinds.Repeat] = Repeat,
        }, waitsForOutcome: true);
        AddQuestion(AskCodeArrived, new Dictionary<string, string> { [AnswerKinds.Yes] = Yes, [AnswerKinds.No] = No, [AnswerKinds.NoCode] = No }, waitsForOutcome: true);
    }

    private async Task<DialogTurnResult> AskEmailKnownStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<PasswordResetOptions>() ?? new PasswordResetOptions();
        var supportCase = await Services.Cases.GetAsync(step.Context, cancellationToken);
        return options.EmailKnown || supportCase.EmailKnown
            ? await step.NextAsync(Yes, cancellationToken)
            : await AskYesNoAsync(step, AskEmailKnown, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowStepsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (Answer(step))
        {
            case null:
                return await OfferPersonAsync(step, cancellationToken);
            case No:
                await NoteAsync(step, TriedNotes.EmailUnknown, cancellationToken);
                return await RedirectAsync(step, SymptomLabels.ForgotEmail, cancellationToken);
        }

        var options = step.GetOptions<PasswordResetOptions>() ?? new PasswordResetOptions();
        if (!options.StepsShown)
        {
            await SayAsync(step, TextKeys.Password.Steps, cancellationToken);
            await SayAsync(step, TextKeys.Password.Tip, cancellationToken);
            await NoteAsync(step, TriedNotes.PasswordStepsShown, cancellationToken);
        }

        return await step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AskOutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        AskAsync(step, AskOutcome,
            [
                Choice(step.Context, Worked, TextKeys.Password.OutcomeWorked),
                Choice(step.Context, Failed, TextKeys.Password.OutcomeFailed),
                Choice(step.Context, NoCode, TextKeys.Password.OutcomeNoCode),
                Choice(step.Context, Repeat, TextKeys.Password.OutcomeRepeat),
            ],
            cancellationToken);

    private async Task<DialogTurnResult> HandleOutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (Answer(step))
        {
            case Worked:
                return await ResolveAsync(step, cancellationToken);
            case NoCode:
                await NoteAsync(step, TriedNotes.NoCode, cancellationToken);
                await SayAsync(step, TextKeys.Password.NoCodeTips, cancellationToken);
                return await AskYesNoAsync(step, AskCodeArrived, cancellationToken);
            case Repeat:
                return await step.ReplaceDialogAsync(step.ActiveDialog!.Id, new PasswordResetOptions(EmailKnown: true), cancellationToken);
            case Failed:
                await NoteAsync(step, TriedNotes.PasswordSteps, cancellationToken);
                return await EscalateAsync(step, cancellationToken);
            default:
                return await OfferPersonAsync(step, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> CodeArrivedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Answer(step) switch
        {
            Yes => await step.ReplaceDialogAsync(step.ActiveDialog!.Id, new PasswordResetOptions(EmailKnown: true, StepsShown: true), cancellationToken),
            No => await EscalateAsync(step, cancellationToken),
            _ => await OfferPersonAsync(step, cancellationToken),
        };
}
