using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Flows.AccountTakeover;
using SupportBot.Dialogs.Flows.CacheCookies;
using SupportBot.Dialogs.Flows.ForgottenEmail;
using SupportBot.Dialogs.Flows.PasswordReset;
using SupportBot.Dialogs.Flows.Resolved;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Flows.Main;

/// <summary>
/// The root of the conversation: find out what is wrong, run the recovery flow for it, then
/// close the case (resolved, or handed to a person). Interruptions live in MainDialog.Interruptions.cs.
/// </summary>
internal sealed partial class MainDialog : InterruptibleComponentDialog
{
    private const string StepsId = nameof(MainDialog) + ".steps";
    private const string AskPromptId = "ask";
    private const string PickPromptId = "pick";
    private const string SomethingElse = "something_else";
    private const int MisunderstandingsBeforeHandoff = 2;

    private readonly FlowServices _services;
    private readonly SymptomUnderstanding _understanding;
    private readonly IReadOnlyDictionary<string, SupportFlowDialog> _flows;

    public MainDialog(FlowServices services, SymptomUnderstanding understanding, Privacy.ISensitiveDataDetector sensitiveData,
        PasswordResetDialog password, ForgottenEmailDialog email, CacheCookiesDialog cache, AccountTakeoverDialog takeover,
        ResolvedDialog resolved)
        : base(nameof(MainDialog))
    {
        _services = services;
        _understanding = understanding;
        _sensitiveData = sensitiveData;
        _flows = new SupportFlowDialog[] { password, email, cache, takeover }.ToDictionary(f => f.Symptom);

        AddDialog(new WaterfallDialog(StepsId, [AskStepAsync, RouteStepAsync, StartFlowStepAsync, CloseCaseStepAsync, EndStepAsync]));
        AddDialog(new TextPrompt(AskPromptId));
        AddDialog(new ChoicePrompt(PickPromptId));
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

        var menu = ChoiceFactory.ForChannel(activity.ChannelId, MenuChoices(step.Context), Text(step.Context, "menu.prompt"));
        return await step.PromptAsync(AskPromptId, new PromptOptions
        {
            Prompt = (Activity)menu,
            RetryPrompt = MessageFactory.Text(Text(step.Context, "menu.prompt")),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is SymptomRoute preset)
        {
            return await step.NextAsync(preset.Label, cancellationToken);
        }

        var text = step.Result as string ?? string.Empty;
        if (ChoiceRecognizer.Default.Recognize(text, MenuChoices(step.Context)) is { } picked)
        {
            return await step.NextAsync(picked.Value, cancellationToken);
        }

        var route = await _understanding.UnderstandAsync(step.Context, text, cancellationToken);
        return route.Kind switch
        {
            SymptomRouteKind.Flow or SymptomRouteKind.HumanAgent => await step.NextAsync(route.Label, cancellationToken),
            SymptomRouteKind.Disambiguate => await PickAsync(step, "menu.disambiguate", route.Candidates!, withSomethingElse: true, cancellationToken),
            SymptomRouteKind.AskWhichCause => await PickAsync(step, "menu.generic", [.. _flows.Keys, SymptomLabels.HumanAgent], withSomethingElse: false, cancellationToken),
            SymptomRouteKind.OutOfScope => await NotUnderstoodAsync(step, "menu.out_of_scope", cancellationToken),
            _ => await NotUnderstoodAsync(step, "menu.not_understood", cancellationToken),
        };
    }

    private async Task<DialogTurnResult> StartFlowStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var label = step.Result as string ?? (step.Result as FoundChoice)?.Value;
        if (label is null || label == SomethingElse)
        {
            return await NotUnderstoodAsync(step, "menu.not_understood", cancellationToken);
        }

        if (step.GetOptions<MainOptions>()?.KeepCase != true)
        {
            await _services.Cases.StartAsync(step.Context, label, cancellationToken);
        }

        if (!_flows.ContainsKey(label))
        {
            await _services.Cases.NoteTriedAsync(step.Context, "user_requested", cancellationToken);
            await _services.Handoff.HandOffAsync(step.Context, SymptomLabels.HumanAgent, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.BeginDialogAsync(_flows[label].Id, null, cancellationToken);
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

    /// <summary>Asks again; after too many misunderstandings in a row, hands off instead.</summary>
    private async Task<DialogTurnResult> NotUnderstoodAsync(WaterfallStepContext step, string key, CancellationToken cancellationToken)
    {
        var misunderstood = (step.GetOptions<MainOptions>()?.Misunderstood ?? 0) + 1;
        await step.Context.SendActivityAsync(MessageFactory.Text(Text(step.Context, key)), cancellationToken);
        if (misunderstood < MisunderstandingsBeforeHandoff)
        {
            return await step.ReplaceDialogAsync(StepsId, new MainOptions(misunderstood), cancellationToken);
        }

        await _services.Cases.StartAsync(step.Context, SymptomLabels.OutOfScope, cancellationToken);
        await _services.Cases.NoteTriedAsync(step.Context, "not_understood", cancellationToken);
        await _services.Handoff.HandOffAsync(step.Context, SymptomLabels.OutOfScope, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> PickAsync(
        WaterfallStepContext step, string key, IEnumerable<string> labels, bool withSomethingElse, CancellationToken cancellationToken)
    {
        var choices = labels.Select(label => MenuChoice(step.Context, label)).ToList();
        if (withSomethingElse)
        {
            choices.Add(_services.Choice(step.Context, SomethingElse, "menu.something_else"));
        }

        return step.PromptAsync(PickPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(Text(step.Context, key)),
            RetryPrompt = MessageFactory.Text(Text(step.Context, "common.retry.choice")),
            Choices = choices,
            MaxAttempts = 2,
        }, cancellationToken);
    }

    private List<Choice> MenuChoices(ITurnContext turnContext) =>
        [.. _flows.Keys.Append(SymptomLabels.HumanAgent).Select(label => MenuChoice(turnContext, label))];

    private Choice MenuChoice(ITurnContext turnContext, string label) => _services.Choice(turnContext, label, $"menu.choice.{label}");

    private string Text(ITurnContext turnContext, string key, params (string Name, string Value)[] values) =>
        _services.Texts.Get(turnContext, key, values);
}
