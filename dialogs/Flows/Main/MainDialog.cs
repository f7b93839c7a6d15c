using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Flows.Resolved;
using SupportBot.Dialogs.Understanding;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Flows.Main;

/// <summary>
/// The root of the conversation: find out what is wrong, run the recovery flow for it, then
/// close the case (resolved, or handed to a person). What can happen at any step (a person, a
/// correction, help) lives in MainDialog.Interruptions.cs.
/// </summary>
public sealed partial class MainDialog : InterruptibleComponentDialog
{
    private const string StepsId = nameof(MainDialog) + ".steps";
    private const string AskPromptId = "ask";
    private const string SomethingElse = "something_else";
    private const int MisunderstandingsBeforeHandoff = 2;

    private readonly FlowServices _services;
    private readonly IReadOnlyDictionary<string, SupportFlowDialog> _flows;

    /// <summary>Built by AddSupportDialogs; <paramref name="flows"/> are the registered recovery flows, in menu order, each started for its <see cref="SupportFlowDialog.Symptom"/>.</summary>
    internal MainDialog(
        FlowServices services, Privacy.ISensitiveDataDetector sensitiveData, IInterruptionRecognizer interruptions,
        IEnumerable<SupportFlowDialog> flows, ResolvedDialog resolved)
        : base(nameof(MainDialog), interruptions)
    {
        _services = services;
        _sensitiveData = sensitiveData;
        _flows = flows.ToDictionary(f => f.Symptom);

        AddDialog(new WaterfallDialog(StepsId, [AskStepAsync, RouteStepAsync, StartFlowStepAsync, CloseCaseStepAsync, EndStepAsync]));
        AddDialog(new TextPrompt(AskPromptId));
        foreach (var flow in _flows.Values)
        {
            AddDialog(flow);
        }

        AddDialog(resolved);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<MainOptions>();
        if (options?.StartWith is { } label)
        {
            return await step.NextAsync(new SymptomRoute(SymptomRouteKind.Flow, label), cancellationToken);
        }

        // A fresh start on a message (no welcome came first, or a new problem after the last one
        // closed): what they just said is the answer to "what is wrong?".
        var activity = step.Context.Activity;
        if (options is null && activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(activity.Text))
        {
            return await step.NextAsync(activity.Text, cancellationToken);
        }

        options ??= new MainOptions();
        var text = Text(step.Context, MenuTextKey(options));
        var menu = ChoiceFactory.ForChannel(activity.ChannelId, MenuChoices(step.Context, options), text);
        return await step.PromptAsync(AskPromptId, new PromptOptions { Prompt = (Activity)menu }, cancellationToken);
    }

    /// <summary>Understands the answer to "what is wrong?" (or to a menu) and decides what happens next.</summary>
    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is SymptomRoute preset)
        {
            return await step.NextAsync(preset.Label, cancellationToken);
        }

        var options = step.GetOptions<MainOptions>() ?? new MainOptions();
        var understanding = await _services.Understander.UnderstandAsync(step.Context, cancellationToken);
        if (understanding is null)
        {
            return await ReaskAsync(step, options, options.Menu, options.Candidates, countsAsMisunderstanding: true, cancellationToken);
        }

        await _services.Cases.RememberAsync(step.Context, understanding, cancellationToken);

        // Buttons only for a text that really is a button's title (or its number): never a word inside a description.
        if (_services.Buttons.RecognizeExactly(understanding.Text, MenuChoices(step.Context, options)) is { } picked)
        {
            return picked.Value == SomethingElse
                ? await ReaskAsync(step, options, MainMenu.Describe, null, countsAsMisunderstanding: false, cancellationToken)
                : await step.NextAsync(picked.Value, cancellationToken);
        }

        if (understanding.AsksForPerson)
        {
            return await step.NextAsync(SymptomLabels.HumanAgent, cancellationToken);
        }

        var route = SymptomRouter.Decide(understanding);
        RecordReading(step.Context, understanding, route);
        switch (AnswerInsteadOfProblem(understanding, route))
        {
            // "ok, thanks" closes the conversation, except while a question about the cause is open; so does
            // "わかりました" after being told where to go instead, or after a case was closed.
            case AnswerKinds.Thanks when options.Menu is MainMenu.Start or MainMenu.OutOfScope:
            case AnswerKinds.Yes when options.Menu is MainMenu.OutOfScope
                || (options.Menu is MainMenu.Start && (await _services.Cases.GetAsync(step.Context, cancellationToken)).Symptom is not null):
                await step.Context.SendActivityAsync(MessageFactory.Text(Text(step.Context, TextKeys.ClosingThanks)), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            case AnswerKinds.DontKnow:
                return await ReaskAsync(step, options, MainMenu.Describe, null, countsAsMisunderstanding: true, cancellationToken);
            case not null:
                return await ReaskAsync(step, options, options.Menu, options.Candidates, countsAsMisunderstanding: true, cancellationToken);
        }

        return route.Kind switch
        {
            SymptomRouteKind.Flow or SymptomRouteKind.HumanAgent => await step.NextAsync(route.Label, cancellationToken),
            SymptomRouteKind.Disambiguate => await ReaskAsync(step, options, MainMenu.Disambiguate, [.. route.Candidates!], countsAsMisunderstanding: false, cancellationToken),
            SymptomRouteKind.AskWhichCause => await ReaskAsync(step, options, MainMenu.Causes, null, countsAsMisunderstanding: options.Menu == MainMenu.Causes, cancellationToken),
            SymptomRouteKind.OutOfScope => await ReaskAsync(step, options, MainMenu.OutOfScope, null, countsAsMisunderstanding: false, cancellationToken),
            _ => await ReaskAsync(step, options, options.Menu, options.Candidates, countsAsMisunderstanding: true, cancellationToken),
        };
    }

    private async Task<DialogTurnResult> StartFlowStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var label = (string)step.Result!;
        if (step.GetOptions<MainOptions>()?.KeepCase != true)
        {
            await _services.Cases.StartAsync(step.Context, label, cancellationToken);
        }

        if (!_flows.TryGetValue(label, out var flow))
        {
            await _services.Cases.NoteTriedAsync(step.Context, TriedNotes.UserRequested, cancellationToken);
            await _services.Handoff.HandOffAsync(step.Context, SymptomLabels.HumanAgent, EscalationReasons.AskedForPerson, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.BeginDialogAsync(flow.Id, null, cancellationToken);
    }

    private async Task<DialogTurnResult> CloseCaseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        StateValue.As<FlowResult>(step.Result) switch
        {
            { Outcome: FlowOutcome.Resolved } => await step.BeginDialogAsync(nameof(ResolvedDialog), null, cancellationToken),
            { Outcome: FlowOutcome.Redirect, Symptom: var next } =>
                await step.ReplaceDialogAsync(StepsId, new MainOptions(StartWith: next, KeepCase: true), cancellationToken),
            _ => await step.EndDialogAsync(null, cancellationToken),
        };

    private static Task<DialogTurnResult> EndStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(null, cancellationToken);

    /// <summary>
    /// Asks <paramref name="menu"/> next. A misunderstanding is re-asked once in other words; the second in a
    /// row offers a person (the card) instead of guessing.
    /// </summary>
    private async Task<DialogTurnResult> ReaskAsync(
        WaterfallStepContext step, MainOptions options, MainMenu menu, List<string>? candidates, bool countsAsMisunderstanding, CancellationToken cancellationToken)
    {
        var misunderstood = countsAsMisunderstanding ? options.Misunderstood + 1 : options.Misunderstood;
        await RecordReaskAsync(step.Context, menu, countsAsMisunderstanding, asksAgain: misunderstood < MisunderstandingsBeforeHandoff, cancellationToken);
        if (misunderstood < MisunderstandingsBeforeHandoff)
        {
            var next = new MainOptions(misunderstood, Menu: menu, Retry: countsAsMisunderstanding && menu == options.Menu, Candidates: candidates);
            return await step.ReplaceDialogAsync(StepsId, next, cancellationToken);
        }

        await _services.Cases.StartAsync(step.Context, SymptomLabels.OutOfScope, cancellationToken);
        await _services.Cases.NoteTriedAsync(step.Context, TriedNotes.NotUnderstood, cancellationToken);
        await step.Context.SendActivityAsync(MessageFactory.Text(Text(step.Context, TextKeys.Common.OfferHuman)), cancellationToken);
        await _services.Handoff.HandOffAsync(step.Context, SymptomLabels.OutOfScope, EscalationReasons.NotUnderstood, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>
    /// Keeps, for the operators, how the model read a description of the problem; a reading that led only to
    /// "which of these?", or to a flow on a weak score, goes to the review queue.
    /// </summary>
    private void RecordReading(ITurnContext turnContext, MessageUnderstanding understanding, SymptomRoute route)
    {
        _services.Facts.SymptomRead(turnContext, understanding.Symptom);
        var top = TopReading(understanding);
        if (route.Kind == SymptomRouteKind.Disambiguate || (route.Kind == SymptomRouteKind.Flow && top.Score < ConversationFacts.LowConfidence))
        {
            _services.Facts.LowConfidenceReading(turnContext, ReviewCandidate.MainPlace, top);
        }
    }

    /// <summary>For the operators: a message not understood (with what the model made of it), a question asked again, or out of scope told so.</summary>
    private async Task RecordReaskAsync(ITurnContext turnContext, MainMenu menu, bool countsAsMisunderstanding, bool asksAgain, CancellationToken cancellationToken)
    {
        if (countsAsMisunderstanding)
        {
            var understanding = await _services.Understander.UnderstandAsync(turnContext, cancellationToken);
            _services.Facts.NotUnderstood(turnContext, ReviewCandidate.MainPlace, understanding is null ? null : TopReading(understanding));
        }

        if (asksAgain && (countsAsMisunderstanding || menu == MainMenu.Disambiguate))
        {
            _services.Facts.Reasked(turnContext);
        }

        if (menu == MainMenu.OutOfScope)
        {
            _services.Facts.OutOfScope(turnContext);
        }
    }

    private static LabelScore TopReading(MessageUnderstanding understanding) => new(understanding.Symptom.Label, understanding.Symptom.Confidence);

    /// <summary>
    /// The answer a message gives instead of describing a problem: thanks, "I don't know" (which cause), or a bare
    /// yes/no, which says nothing about the problem. Against a flow (or a person) only thanks and "I don't know"
    /// can win, and only when the answer model is surer than the symptom model («わからない» is not the
    /// forgotten-email flow, «メアドわからない» is); against two close causes only a brief answer; against
    /// "can't log in" nothing («ログインできません» is no "no"); against out of scope
    /// any thanks or "I don't know", and a brief yes or no («はい», not «返品したのにまだ返金されません»).
    /// </summary>
    private static string? AnswerInsteadOfProblem(MessageUnderstanding understanding, SymptomRoute route)
    {
        var answer = understanding.ConfidentAnswer;
        var closesOrDoesNotKnow = answer is AnswerKinds.Thanks or AnswerKinds.DontKnow;
        if (!closesOrDoesNotKnow && answer is not (AnswerKinds.Yes or AnswerKinds.No))
        {
            return null;
        }

        var wins = route.Kind switch
        {
            // A possible takeover is never set aside for "I'm not sure".
            SymptomRouteKind.Flow when route.Label == SymptomLabels.AccountHijack => false,
            SymptomRouteKind.Flow or SymptomRouteKind.HumanAgent =>
                closesOrDoesNotKnow && understanding.Answer.Confidence > understanding.Symptom.Confidence,
            SymptomRouteKind.AskWhichCause => false,
            SymptomRouteKind.Disambiguate => understanding.IsBrief,
            _ => closesOrDoesNotKnow || understanding.IsBrief,
        };
        return wins ? answer : null;
    }

    private static TextKey MenuTextKey(MainOptions options) => (options.Menu, options.Retry) switch
    {
        (MainMenu.Start, false) => TextKeys.Menu.Prompt,
        (MainMenu.Start, true) => TextKeys.Menu.NotUnderstood,
        (MainMenu.Causes, false) => TextKeys.Menu.Generic,
        (MainMenu.Causes, true) => TextKeys.Menu.GenericRetry,
        (MainMenu.Disambiguate, false) => TextKeys.Menu.Disambiguate,
        (MainMenu.Disambiguate, true) => TextKeys.Menu.DisambiguateRetry,
        (MainMenu.OutOfScope, _) => TextKeys.Menu.OutOfScope,
        (MainMenu.Describe, false) => TextKeys.Menu.DontKnow,
        (MainMenu.Describe, true) => TextKeys.Menu.NotUnderstood,
        _ => TextKeys.Menu.Prompt,
    };

    private List<Choice> MenuChoices(ITurnContext turnContext, MainOptions options) =>
        options is { Menu: MainMenu.Disambiguate, Candidates: { Count: > 0 } candidates }
            ? [.. candidates.Select(label => MenuChoice(turnContext, label)), _services.Choice(turnContext, SomethingElse, TextKeys.Menu.SomethingElse)]
            : [.. _flows.Keys.Append(SymptomLabels.HumanAgent).Select(label => MenuChoice(turnContext, label))];

    private Choice MenuChoice(ITurnContext turnContext, string label) => _services.Choice(turnContext, label, TextKeys.Menu.Choice(label));

    private string Text(ITurnContext turnContext, TextKey key, params (string Name, string Value)[] values) =>
        _services.Texts.Get(turnContext, key, values);
}
