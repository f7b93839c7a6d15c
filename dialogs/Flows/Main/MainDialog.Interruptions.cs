using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Recognition;
using SupportBot.Dialogs.Understanding;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Flows.Main;

/// <summary>
/// What can happen at any point of the conversation, handled once here at the root, before the open
/// question sees the message: a secret typed into the chat, a request for a person or the phone
/// numbers, a correction or a clearly new problem, help, and start over.
/// </summary>
public sealed partial class MainDialog
{
    /// <summary>Shorter messages are answers to the question at hand, not a new problem.</summary>
    private const int MinimumLengthOfNewProblem = 6;

    /// <summary>Leaving a flow on a message that is not an answer needs more certainty than choosing the first one.</summary>
    private const double NewProblemConfidence = 0.8;

    /// <summary>A correction ("no, it's not the browser, …") says the current flow is wrong, so less is needed.</summary>
    private const double CorrectionConfidence = 0.6;

    /// <summary>Leaving the takeover flow needs an explicit correction and this much certainty: a weak guess must never.</summary>
    private const double LeaveTakeoverConfidence = 0.85;

    /// <summary>...or a statement of another problem that is no answer at all, and this sure.</summary>
    private const double LeaveTakeoverWithoutCorrectionConfidence = 0.95;

    private readonly ISensitiveDataDetector _sensitiveData;

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (await _services.Understander.UnderstandAsync(innerDc.Context, cancellationToken) is { } understanding)
        {
            if (_sensitiveData.Find(understanding.Text).Any(finding => finding.Kind.IsSecret()))
            {
                // Never act on a secret: warn, then ask the waiting question again.
                await innerDc.Context.SendActivityAsync(MessageFactory.Text(Text(innerDc.Context, TextKeys.SensitiveWarning)), cancellationToken);
                return (await ResumeAfterInterruptionAsync(innerDc, cancellationToken))!;
            }

            await _services.Cases.RememberAsync(innerDc.Context, understanding, cancellationToken);
            if (understanding.AsksForPerson && innerDc.ActiveDialog?.Id != AskPromptId)
            {
                return (await OnHumanAgentRequestedAsync(innerDc, cancellationToken))!;
            }

            if (NewProblem(innerDc, understanding) is { } newProblem)
            {
                return await SwitchFlowAsync(innerDc, newProblem, cancellationToken);
            }
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    protected override async Task<DialogTurnResult?> OnHelpRequestedAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        await turn.SendActivityAsync(MessageFactory.Text(Text(turn, TextKeys.HelpText)), cancellationToken);
        if (ActiveFlow(innerDc) is { } flow)
        {
            var flowName = Text(turn, TextKeys.Menu.Choice(flow.Symptom));
            await turn.SendActivityAsync(MessageFactory.Text(Text(turn, TextKeys.HelpWhere, ("flow", flowName))), cancellationToken);
        }

        return await ResumeAfterInterruptionAsync(innerDc, cancellationToken);
    }

    protected override async Task<DialogTurnResult?> OnCancelRequestedAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        await innerDc.Context.SendActivityAsync(MessageFactory.Text(Text(innerDc.Context, TextKeys.CancelDone)), cancellationToken);
        return await innerDc.BeginDialogAsync(StepsId, new MainOptions(), cancellationToken);
    }

    protected override async Task<DialogTurnResult?> OnHumanAgentRequestedAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var supportCase = await _services.Cases.GetAsync(innerDc.Context, cancellationToken);
        await _services.Cases.NoteTriedAsync(innerDc.Context, TriedNotes.UserRequested, cancellationToken);
        await _services.Handoff.HandOffAsync(innerDc.Context, supportCase.Symptom ?? SymptomLabels.HumanAgent, EscalationReasons.AskedForPerson, cancellationToken);
        return await EndFlowAsync(innerDc, null, cancellationToken);
    }

    /// <summary>
    /// Inside a flow: the cause this message names instead of the flow's own, when it is a correction or
    /// clearly a new problem rather than an answer to the question. Out of the takeover flow only on an
    /// explicit, confident correction.
    /// </summary>
    private string? NewProblem(DialogContext innerDc, MessageUnderstanding understanding)
    {
        var top = understanding.Symptom;
        if (ActiveFlow(innerDc) is not { } flow || !SymptomRouter.IsCause(top.Label) || top.Label == flow.Symptom)
        {
            return null;
        }

        // "登録アドレスは把握しております" answers the email question; the words "登録アドレス" are no new problem.
        var statesNewProblem = !understanding.IsConfidentAnswer && !understanding.SaysEmailKnown
            && TextNormalizer.Normalize(understanding.Text).Length >= MinimumLengthOfNewProblem;
        var switches = flow.Symptom == SymptomLabels.AccountHijack
            ? (understanding.IsCorrection && top.Confidence >= LeaveTakeoverConfidence)
                || (statesNewProblem && top.Confidence >= LeaveTakeoverWithoutCorrectionConfidence)
            : understanding.IsCorrection
                ? top.Confidence >= CorrectionConfidence
                : statesNewProblem && top.Confidence >= NewProblemConfidence;
        return switches ? top.Label : null;
    }

    /// <summary>Says which steps come now and starts them; the case keeps what the person was already shown.</summary>
    private async Task<DialogTurnResult> SwitchFlowAsync(DialogContext innerDc, string symptom, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        await _services.Cases.SwitchAsync(turn, symptom, cancellationToken);
        await turn.SendActivityAsync(MessageFactory.Text(Text(turn, TextKeys.SwitchAck, ("flow", Text(turn, TextKeys.Menu.Choice(symptom))))), cancellationToken);
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return await innerDc.BeginDialogAsync(StepsId, new MainOptions(StartWith: symptom, KeepCase: true), cancellationToken);
    }

    private SupportFlowDialog? ActiveFlow(DialogContext innerDc) =>
        _flows.Values.FirstOrDefault(flow => flow.Id == innerDc.ActiveDialog?.Id);
}
