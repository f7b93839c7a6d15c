using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// Base of the four recovery flows: their prompts, their texts, what was tried so far (for the
/// handoff summary), and the two ways a flow ends: resolved or handed to a person.
/// </summary>
internal abstract class SupportFlowDialog : ComponentDialog
{
    protected const string ConfirmPromptId = "confirm";
    protected const string ChoicePromptId = "choice";

    protected SupportFlowDialog(string dialogId, string symptom, FlowServices services)
        : base(dialogId)
    {
        Symptom = symptom;
        Services = services;
    }

    /// <summary>The classifier label this flow recovers from.</summary>
    public string Symptom { get; }

    protected FlowServices Services { get; }

    /// <summary>Adds the waterfall (its steps are the flow's table of contents) and the prompts.</summary>
    protected void AddSteps(params WaterfallStep[] steps)
    {
        AddDialog(new WaterfallDialog(Id + ".steps", steps));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new ChoicePrompt(ChoicePromptId));
    }

    protected string Text(ITurnContext turnContext, string key, params (string Name, string Value)[] values) =>
        Services.Texts.Get(turnContext, key, values);

    protected Task SayAsync(WaterfallStepContext step, string key, CancellationToken cancellationToken) =>
        step.Context.SendActivityAsync(MessageFactory.Text(Text(step.Context, key)), cancellationToken);

    protected Task<DialogTurnResult> AskYesNoAsync(WaterfallStepContext step, string key, CancellationToken cancellationToken) =>
        step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(Text(step.Context, key)),
            RetryPrompt = MessageFactory.Text(Text(step.Context, "common.retry.confirm")),
            Choices = [Choice(step.Context, "yes", "common.yes"), Choice(step.Context, "no", "common.no")],
        }, cancellationToken);

    protected Task<DialogTurnResult> AskChoiceAsync(
        WaterfallStepContext step, string key, IEnumerable<Choice> choices, CancellationToken cancellationToken) =>
        step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(Text(step.Context, key)),
            RetryPrompt = MessageFactory.Text(Text(step.Context, "common.retry.choice")),
            Choices = [.. choices],
        }, cancellationToken);

    /// <summary>A button whose value is <paramref name="value"/>, titled by content key <paramref name="titleKey"/>.</summary>
    protected Choice Choice(ITurnContext turnContext, string value, string titleKey) =>
        Services.Choice(turnContext, value, titleKey);

    /// <summary>Remembers, for a later handoff summary, that the user went through <paramref name="summaryKey"/>.</summary>
    protected Task NoteTriedAsync(WaterfallStepContext step, string summaryKey, CancellationToken cancellationToken) =>
        Services.Cases.NoteTriedAsync(step.Context, summaryKey, cancellationToken);

    protected Task<DialogTurnResult> ResolveAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(FlowResult.Resolved(Symptom), cancellationToken);

    /// <summary>Shows the handoff card (numbers, what to have ready, what was tried) and ends the flow.</summary>
    protected async Task<DialogTurnResult> EscalateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await Services.Handoff.HandOffAsync(step.Context, Symptom, cancellationToken);
        return await step.EndDialogAsync(FlowResult.Escalated(Symptom), cancellationToken);
    }

    /// <summary>Ends this flow and has the main dialog start the flow for <paramref name="symptom"/> instead.</summary>
    protected static Task<DialogTurnResult> RedirectAsync(WaterfallStepContext step, string symptom, CancellationToken cancellationToken) =>
        step.EndDialogAsync(FlowResult.RedirectTo(symptom), cancellationToken);

    /// <summary>The value of the button the user picked, or null when they never answered usefully.</summary>
    protected static string? PickedValue(WaterfallStepContext step) => (step.Result as FoundChoice)?.Value;
}
