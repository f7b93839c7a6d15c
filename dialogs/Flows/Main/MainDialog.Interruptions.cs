using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Flows.Main;

/// <summary>
/// What can happen at any point of the conversation, handled once here at the root:
/// a secret typed into the chat, help, start over, talk to a person, and a new problem.
/// </summary>
internal sealed partial class MainDialog
{
    /// <summary>Shorter messages are answers to the question at hand, not a new problem.</summary>
    private const int MinimumLengthOfNewProblem = 6;

    /// <summary>Leaving a flow the user is in needs more certainty than choosing the first one.</summary>
    private const double NewProblemConfidence = 0.8;

    private readonly ISensitiveDataDetector _sensitiveData;

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var activity = innerDc.Context.Activity;
        if (activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(activity.Text))
        {
            if (_sensitiveData.Find(activity.Text).Any(finding => finding.Kind.IsSecret()))
            {
                // Never act on a secret: warn, then ask the waiting question again.
                await innerDc.Context.SendActivityAsync(MessageFactory.Text(Text(innerDc.Context, "sensitive.warning")), cancellationToken);
                return (await ResumeAfterInterruptionAsync(innerDc, cancellationToken))!;
            }

            if (await NewProblemAsync(innerDc, activity.Text, cancellationToken) is { } newProblem)
            {
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync(StepsId, new MainOptions(StartWith: newProblem), cancellationToken);
            }
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    protected override async Task<DialogTurnResult?> OnHelpRequestedAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        await turn.SendActivityAsync(MessageFactory.Text(Text(turn, "help.text")), cancellationToken);
        if (ActiveFlow(innerDc) is { } flow)
        {
            var flowName = Text(turn, $"menu.choice.{flow.Symptom}");
            await turn.SendActivityAsync(MessageFactory.Text(Text(turn, "help.where", ("flow", flowName))), cancellationToken);
        }

        return await ResumeAfterInterruptionAsync(innerDc, cancellationToken);
    }

    protected override async Task<DialogTurnResult?> OnCancelRequestedAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        await innerDc.Context.SendActivityAsync(MessageFactory.Text(Text(innerDc.Context, "cancel.done")), cancellationToken);
        return await innerDc.BeginDialogAsync(StepsId, new MainOptions(), cancellationToken);
    }

    protected override async Task<DialogTurnResult?> OnHumanAgentRequestedAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var supportCase = await _services.Cases.GetAsync(innerDc.Context, cancellationToken);
        await _services.Cases.NoteTriedAsync(innerDc.Context, "user_requested", cancellationToken);
        await _services.Handoff.HandOffAsync(innerDc.Context, supportCase.Symptom ?? SymptomLabels.HumanAgent, cancellationToken);
        return await EndFlowAsync(innerDc, null, cancellationToken);
    }

    /// <summary>
    /// Inside a flow, a message that confidently describes a different problem (and is not a
    /// help/cancel/agent request) switches to that problem's flow.
    /// </summary>
    private async Task<string?> NewProblemAsync(DialogContext innerDc, string text, CancellationToken cancellationToken)
    {
        if (ActiveFlow(innerDc) is not { } flow
            || TextNormalizer.Normalize(text).Length < MinimumLengthOfNewProblem
            || InterruptionRecognizer.Default.Recognize(text) != InterruptionKind.None
            || ConfirmRecognizer.Default.Recognize(text) is not null)
        {
            return null;
        }

        var prediction = await _understanding.ClassifyAsync(innerDc.Context, text, cancellationToken);
        return SymptomRouter.IsCause(prediction.Label) && prediction.Label != flow.Symptom && prediction.Confidence >= NewProblemConfidence
            ? prediction.Label
            : null;
    }

    private SupportFlowDialog? ActiveFlow(DialogContext innerDc) =>
        _flows.Values.FirstOrDefault(flow => flow.Id == innerDc.ActiveDialog?.Id);
}
