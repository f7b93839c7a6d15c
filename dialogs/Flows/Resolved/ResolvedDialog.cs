using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Records;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Flows.Resolved;

/// <summary>The happy ending: glad it worked, an optional 1–5 rating, goodbye; the outcome is recorded.</summary>
internal sealed class ResolvedDialog : ComponentDialog
{
    private const string RatingPromptId = "rating";
    private const string Skip = "skip";

    private readonly FlowServices _services;
    private readonly SupportRecords _records;
    private readonly TimeProvider _time;

    public ResolvedDialog(FlowServices services, SupportRecords records, TimeProvider time)
        : base(nameof(ResolvedDialog))
    {
        _services = services;
        _records = records;
        _time = time;
        AddDialog(new WaterfallDialog(Id + ".steps", [AskRatingStepAsync, FarewellStepAsync]));
        AddDialog(new ChoicePrompt(RatingPromptId, services.Buttons));
    }

    private async Task<DialogTurnResult> AskRatingStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        _services.Facts.Resolved(step.Context);
        var texts = _services.Texts;
        await step.Context.SendActivityAsync(MessageFactory.Text(texts.Get(step.Context, TextKeys.Resolved.Glad)), cancellationToken);
        List<Choice> choices =
        [
            .. Enumerable.Range(1, 5).Select(n => new Choice(n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            _services.Choice(step.Context, Skip, TextKeys.Resolved.Skip),
        ];

        // One chance only: a rating is optional, so anything else simply ends the conversation.
        return await step.PromptAsync(RatingPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(texts.Get(step.Context, TextKeys.Resolved.AskRating)),
            Choices = choices,
            MaxAttempts = 1,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> FarewellStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        int? rating = int.TryParse((step.Result as FoundChoice)?.Value, out var value) ? value : null;
        if (rating is { } given)
        {
            _services.Facts.Rated(step.Context, given);
        }

        var activity = step.Context.Activity;
        var supportCase = await _services.Cases.GetAsync(step.Context, cancellationToken);
        await _records.SaveOutcomeAsync(
            new OutcomeRecord(activity.Conversation.Id, activity.ChannelId, supportCase.Symptom ?? string.Empty,
                OutcomeRecord.Resolved, rating, null, _time.GetUtcNow()),
            cancellationToken);

        if (rating is not null)
        {
            await Say(step.Context, TextKeys.Resolved.Thanks, cancellationToken);
        }

        await Say(step.Context, TextKeys.Resolved.Goodbye, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task Say(ITurnContext turnContext, TextKey key, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(MessageFactory.Text(_services.Texts.Get(turnContext, key)), cancellationToken);
}
