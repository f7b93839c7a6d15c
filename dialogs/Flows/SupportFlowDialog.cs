using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Understanding;
using SupportBot.Dialogs.Localization;

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

    private readonly List<TextKey> _questions = [];
    private readonly List<string> _stepNames = [];

    protected SupportFlowDialog(string dialogId, string symptom, FlowServices services)
        : base(dialogId)
    {
        Symptom = symptom;
        Services = services;
    }

    /// <summary>The classifier label this flow recovers from.</summary>
    public string Symptom { get; }

    protected FlowServices Services { get; }

    /// <summary>
    /// Adds the waterfall: its steps are the flow's table of contents, and each one reached is a fact for the
    /// operators' drop-off funnel (named after its method, <c>AskDeviceStepAsync</c> → <c>AskDevice</c>).
    /// </summary>
    protected void AddSteps(params WaterfallStep[] steps) =>
        AddDialog(new WaterfallDialog(Id + ".steps", [.. steps.Select(Counted)]));

    /// <summary>The step names of this flow, in order (the funnel's columns).</summary>
    internal IReadOnlyList<string> StepNames => _stepNames;

    private WaterfallStep Counted(WaterfallStep step, int index)
    {
        var name = StepName(step);
        _stepNames.Add(name);
        return (context, cancellationToken) =>
        {
            Services.Facts.StepReached(context.Context, Symptom, index, name);
            return step(context, cancellationToken);
        };
    }

    private static string StepName(WaterfallStep step)
    {
        var name = step.Method.Name;
        return name.EndsWith("StepAsync", StringComparison.Ordinal) ? name[..^"StepAsync".Length] : name;
    }

    /// <summary>The questions this flow asks (each also has its <see cref="TextKey.Retry"/> text).</summary>
    internal IReadOnlyList<TextKey> Questions => _questions;

    /// <summary>Adds a question whose answers mean <paramref name="meanings"/> (see <see cref="AnswerPrompt"/>).</summary>
    protected void AddQuestion(
        TextKey questionKey, IReadOnlyDictionary<string, string> meanings, Func<MessageUnderstanding, string?>? readsFact = null, bool waitsForOutcome = false)
    {
        _questions.Add(questionKey);
        AddDialog(new AnswerPrompt(questionKey.Value, Services.Buttons, Services.Understander, Services.Texts, Services.Facts, meanings, readsFact, waitsForOutcome));
    }

    protected string Text(ITurnContext turnContext, TextKey key, params (string Name, string Value)[] values) =>
        Services.Texts.Get(turnContext, key, values);

    protected Task SayAsync(WaterfallStepContext step, TextKey key, CancellationToken cancellationToken) =>
        step.Context.SendActivityAsync(MessageFactory.Text(Text(step.Context, key)), cancellationToken);

    /// <summary>Asks the yes/no question <paramref name="questionKey"/> (added with <see cref="AddQuestion"/>).</summary>
    protected Task<DialogTurnResult> AskYesNoAsync(WaterfallStepContext step, TextKey questionKey, CancellationToken cancellationToken, int maxAttempts = AnswersBeforeOfferingPerson) =>
        AskAsync(step, questionKey, [Choice(step.Context, Yes, TextKeys.Common.Yes), Choice(step.Context, No, TextKeys.Common.No)], cancellationToken, maxAttempts);

    /// <summary>
    /// Asks question <paramref name="questionKey"/> with buttons; a misunderstood answer is re-asked with the
    /// content text <c>{questionKey}.retry</c> (the question in other words), and the prompt gives up after <paramref name="maxAttempts"/>.
    /// </summary>
    protected Task<DialogTurnResult> AskAsync(
        WaterfallStepContext step, TextKey questionKey, IEnumerable<Choice> choices, CancellationToken cancellationToken, int maxAttempts = AnswersBeforeOfferingPerson) =>
        step.PromptAsync(questionKey.Value, new PromptOptions
        {
            Prompt = MessageFactory.Text(Text(step.Context, questionKey)),
            RetryPrompt = MessageFactory.Text(Text(step.Context, questionKey.Retry)),
            Choices = [.. choices],
            MaxAttempts = maxAttempts,
        }, cancellationToken);

    /// <summary>A button whose value is <paramref name="value"/>, titled by content key <paramref name="titleKey"/>.</summary>
    protected Choice Choice(ITurnContext turnContext, string value, TextKey titleKey) =>
        Services.Choice(turnContext, value, titleKey);

    /// <summary>Remembers, for a later handoff summary, what the person was shown or said (<see cref="TriedNote.Key"/>).</summary>
    protected Task NoteAsync(WaterfallStepContext step, TriedNote note, CancellationToken cancellationToken) =>
        Services.Cases.NoteTriedAsync(step.Context, note, cancellationToken);

    protected Task<DialogTurnResult> ResolveAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(FlowResult.Resolved(Symptom), cancellationToken);

    /// <summary>
    /// Shows the handoff card (numbers, what to have ready, what was shown and said) and ends the flow; by default
    /// because the steps did not work (a takeover always goes to a person: that is its reason).
    /// </summary>
    protected async Task<DialogTurnResult> EscalateAsync(WaterfallStepContext step, CancellationToken cancellationToken, string? reason = null)
    {
        reason ??= Symptom == SymptomLabels.AccountHijack ? EscalationReasons.Takeover : EscalationReasons.StepsFailed;
        await Services.Handoff.HandOffAsync(step.Context, Symptom, reason, cancellationToken);
        return await step.EndDialogAsync(FlowResult.Escalated(Symptom), cancellationToken);
    }

    /// <summary>Twice not understood: rather than guess, say so and offer a person (the card).</summary>
    protected async Task<DialogTurnResult> OfferPersonAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await NoteAsync(step, TriedNotes.AnswerNotUnderstood, cancellationToken);
        await SayAsync(step, TextKeys.Common.OfferHuman, cancellationToken);
        return await EscalateAsync(step, cancellationToken, EscalationReasons.NotUnderstood);
    }

    /// <summary>Ends this flow and has the main dialog start the flow for <paramref name="symptom"/> instead.</summary>
    protected static Task<DialogTurnResult> RedirectAsync(WaterfallStepContext step, string symptom, CancellationToken cancellationToken) =>
        step.EndDialogAsync(FlowResult.RedirectTo(symptom), cancellationToken);

    /// <summary>The answer the question's prompt understood, or null when it gave up.</summary>
    protected static string? Answer(WaterfallStepContext step) => step.Result as string;
}
