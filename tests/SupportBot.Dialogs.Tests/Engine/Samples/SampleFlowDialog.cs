using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Tests.Engine.Samples;

/// <summary>A small flow: name (text), confirm, method (choice); help, cancel and agent interruptions.</summary>
internal sealed class SampleFlowDialog : InterruptibleComponentDialog
{
    public const string Outcome = "outcome";

    public SampleFlowDialog()
        : base(nameof(SampleFlowDialog), ShippedRecognizers.Interruptions)
    {
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [NameStepAsync, ConfirmStepAsync, MethodStepAsync, FinalStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt), ShippedRecognizers.Confirm, ShippedRecognizers.Choice));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt), ShippedRecognizers.Choice));
    }

    protected override async Task<DialogTurnResult?> OnHelpRequestedAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(SampleTexts.Help, cancellationToken: cancellationToken);
        return await ResumeAfterInterruptionAsync(innerDc, cancellationToken);
    }

    protected override async Task<DialogTurnResult?> OnCancelRequestedAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(SampleTexts.Cancelled, cancellationToken: cancellationToken);
        return await innerDc.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
    }

    protected override async Task<DialogTurnResult?> OnHumanAgentRequestedAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(SampleTexts.Agent, cancellationToken: cancellationToken);
        return await EndFlowAsync(innerDc, SampleTexts.Agent, cancellationToken);
    }

    private static Task<DialogTurnResult> NameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text(SampleTexts.AskName) }, cancellationToken);

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.SetValue(nameof(SampleState), new SampleState((string)step.Result!, step.Index));
        return step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions
        {
            Prompt = MessageFactory.Text(SampleTexts.AskConfirm),
            RetryPrompt = MessageFactory.Text(SampleTexts.RetryConfirm),
            MaxAttempts = 2,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> MethodStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not bool confirmed)
        {
            await step.Context.SendActivityAsync(SampleTexts.GaveUp, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(SampleTexts.GaveUp, cancellationToken);
        }

        if (!confirmed)
        {
            await step.Context.SendActivityAsync(SampleTexts.Declined, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(SampleTexts.Declined, cancellationToken);
        }

        return await step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = MessageFactory.Text(SampleTexts.AskMethod),
            RetryPrompt = MessageFactory.Text(SampleTexts.RetryMethod),
            Choices = ChoiceFactory.ToChoices(SampleTexts.Methods),
            Style = ListStyle.List,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> FinalStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = step.GetValue<SampleState>(nameof(SampleState))!;
        var method = ((FoundChoice)step.Result!).Value;
        await step.Context.SendActivityAsync(SampleTexts.Chosen(state.Name, method), cancellationToken: cancellationToken);
        return await step.EndDialogAsync(method, cancellationToken);
    }
}
