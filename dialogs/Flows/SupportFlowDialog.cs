using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// Base of the four recovery flows: their questions, their texts, what the person was shown and said
/// (for the handoff summary), and the ways a flow ends: resolved, handed to a person, or redirected.
/// </summary>
internal abstract class SupportFlowDialog : ComponentDialog
{
    /// <summary>Answers to a flow's question before it offers a person instead (a re-ask in other words, then the card).</summary>
    protected const int AnswersBeforeOfferingPerson = 2;

    /// <summary>Yes/no questions: what each answer kind means.</summary>
    protected static readonly IReadOnlyDictionary<string, string> YesNo = new Dictionary<string, string>
    {
        [AnswerKinds.Yes] = Yes,
        [AnswerKinds.No] = No,
    };

    protected const string Yes = "yes";
    protected const string No = "no";

    protected SupportFlowDialog(string dialogId, string symptom, FlowServices services)
        : base(dialogId)
    {
        Symptom = symptom;
        Services = services;
    }

    /// <summary>The classifier label this flow recovers from.</summary>
    public string Symptom { get; }

    protected FlowServices Services { get; }

    /// <summary>Adds the waterfall: its steps are the flow's table of contents.</summary>
    protected void AddSteps(params WaterfallStep[] steps) => AddDialog(new WaterfallDialog(Id + ".steps", steps));

    /// <summary>Adds a question whose answers mean <paramref name="meanings"/> (see <see cref="AnswerPrompt"/>).</summary>
    protected void AddQuestion(
        string questionKey, IReadOnlyDictionary<string, string> meanings, Func<MessageUnderstanding, string?>? readsFact = null, bool waitsForOutcome = false) =>
        AddDialog(new AnswerPrompt(questionKey, Services.Understander, Services.Texts, meanings, readsFact, waitsForOutcome));

    protected string Text(ITurnContext turnContext, string key, params (string Name, string Value)[] values) =>
        Services.Texts.Get(turnContext, key, values);

    protected Task SayAsync(WaterfallStepContext step, string key, CancellationToken cancellationToken) =>
        step.Context.SendActivityAsync(MessageFactory.Text(Text(step.Context, key)), cancellationToken);

    /// <summary>Asks the yes/no question <paramref name="questionKey"/> (added with <see cref="AddQuestion"/>).</summary>
    protected Task<DialogTurnResult> AskYesNoAsync(WaterfallStepContext step, string questionKey, CancellationToken cancellationToken, int maxAttempts = AnswersBeforeOfferingPerson) =>
        AskAsync(step, questionKey, [Choice(step.Context, Yes, "common.yes"), Choice(step.Context, No, "common.no")], cancellationToken, maxAttempts);

    /// <summary>
    /// Asks question <paramref name="questionKey"/> with buttons; a misunderstood answer is re-asked with the
    /// content text <c>{questionKey}.retry</c> (the question in other words), and the prompt gives up after <paramref name="maxAttempts"/>.
    /// </summary>
    protected Task<DialogTurnResult> AskAsync(
        WaterfallStepContext step, string questionKey, IEnumerable<Choice> choices, CancellationToken cancellationToken, int maxAttempts = AnswersBeforeOfferingPerson) =>
        step.PromptAsync(questionKey, new PromptOptions
        {
            Prompt = MessageFactory.Text(Text(step.Context, questionKey)),
            RetryPrompt = MessageFactory.Text(Text(step.Context, questionKey + ".retry")),
            Choices = [.. choices],
            MaxAttempts = maxAttempts,
        }, cancellationToken);

    /// <summary>A button whose value is <paramref name="value"/>, titled by content key <paramref name="titleKey"/>.</summary>
    protected Choice Choice(ITurnContext turnContext, string value, string titleKey) =>
        Services.Choice(turnContext, value, titleKey);

    /// <summary>Remembers, for a later handoff summary, what the person was shown or said (<c>summary.tried.{summaryKey}</c>).</summary>
    protected Task NoteAsync(WaterfallStepContext step, string summaryKey, CancellationToken cancellationToken) =>
        Services.Cases.NoteTriedAsync(step.Context, summaryKey, cancellationToken);

    protected Task<DialogTurnResult> ResolveAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(FlowResult.Resolved(Symptom), cancellationToken);

    /// <summary>Shows the handoff card (numbers, what to have ready, what was shown and said) and ends the flow.</summary>
    protected async Task<DialogTurnResult> EscalateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await Services.Handoff.HandOffAsync(step.Context, Symptom, cancellationToken);
        return await step.EndDialogAsync(FlowResult.Escalated(Symptom), cancellationToken);
    }

    /// <summary>Twice not understood: rather than guess, say so and offer a person (the card).</summary>
    protected async Task<DialogTurnResult> OfferPersonAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await NoteAsync(step, "answer_not_understood", cancellationToken);
        await SayAsync(step, "common.offer_human", cancellationToken);
        return await EscalateAsync(step, cancellationToken);
    }

    /// <summary>Ends this flow and has the main dialog start the flow for <paramref name="symptom"/> instead.</summary>
    protected static Task<DialogTurnResult> RedirectAsync(WaterfallStepContext step, string symptom, CancellationToken cancellationToken) =>
        step.EndDialogAsync(FlowResult.RedirectTo(symptom), cancellationToken);

    /// <summary>The answer the question's prompt understood, or null when it gave up.</summary>
    protected static string? Answer(WaterfallStepContext step) => step.Result as string;
}
