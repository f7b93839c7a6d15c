using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Recognition;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// A question in a support flow that accepts what people actually say. An answer is, in this order: a
/// button (its whole title, value, synonym, number or ordinal); a fact the message states that answers
/// the question (a device named in a sentence, "I know my email"); or what the answer model understood, through the question's
/// meanings (for example 「わからない」 means "no" to "do you know your email?"). The result
/// is the chosen value as a string. Thanks or "I'll try it now" at a question that waits for an
/// outcome is acknowledged and does not count as an attempt; anything else not understood is re-asked
/// with <see cref="PromptOptions.RetryPrompt"/>, and after <see cref="PromptOptions.MaxAttempts"/> the
/// prompt ends with null: the flow then offers a person. Nothing is ever taken as yes or no by default.
/// </summary>
internal sealed class AnswerPrompt : Prompt<string>
{
    private readonly ChoiceRecognizer _buttons;
    private readonly MessageUnderstander _understander;
    private readonly SupportTexts _texts;
    private readonly ConversationFacts _facts;
    private readonly IReadOnlyDictionary<string, string> _meanings;
    private readonly Func<MessageUnderstanding, string?>? _readsFact;
    private readonly bool _waitsForOutcome;

    /// <param name="dialogId">The question's content key, also its dialog id.</param>
    /// <param name="buttons">Recognises a button's title, value, synonym, number or ordinal.</param>
    /// <param name="understander">The turn's understanding step.</param>
    /// <param name="texts">The bot's texts (the acknowledgement of "I'll try").</param>
    /// <param name="facts">Where an answer not understood is noted for the operators' review queue.</param>
    /// <param name="meanings">Answer kind (<see cref="AnswerKinds"/>) → the value it means here; kinds not listed are not answers to this question.</param>
    /// <param name="readsFact">The value a fact stated in the message gives this question (a device named in a sentence), or null.</param>
    /// <param name="waitsForOutcome">The question asks how something went, so "thanks, I'll try" means "not yet".</param>
    public AnswerPrompt(
        string dialogId, ChoiceRecognizer buttons, MessageUnderstander understander, SupportTexts texts, ConversationFacts facts, IReadOnlyDictionary<string, string> meanings,
        Func<MessageUnderstanding, string?>? readsFact = null, bool waitsForOutcome = false)
        : base(dialogId)
    {
        _buttons = buttons;
        _understander = understander;
        _texts = texts;
        _facts = facts;
        _meanings = meanings;
        _readsFact = readsFact;
        _waitsForOutcome = waitsForOutcome;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (_waitsForOutcome && await _understander.UnderstandAsync(dc.Context, cancellationToken) is { ConfidentAnswer: AnswerKinds.Thanks })
        {
            await dc.Context.SendActivityAsync(MessageFactory.Text(_texts.Get(dc.Context, TextKeys.Common.AckTry)), cancellationToken);
            return EndOfTurn;
        }

        return await base.ContinueDialogAsync(dc, cancellationToken);
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (isRetry)
        {
            _facts.Reasked(turnContext);
        }

        var prompt = PromptActivity.Select(options, isRetry);
        var activity = PromptActivity.WithChoices(prompt, turnContext.Activity?.ChannelId, options.Choices ?? [], options.Style);
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    protected override async Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (_buttons.RecognizeExactly(turnContext.Activity?.Text, options.Choices ?? []) is { } button)
        {
            return new PromptRecognizerResult<string>(true, button.Value);
        }

        var understanding = await _understander.UnderstandAsync(turnContext, cancellationToken);
        if (understanding is not null && _readsFact?.Invoke(understanding) is { } fact)
        {
            return new PromptRecognizerResult<string>(true, fact);
        }

        if (understanding?.ConfidentAnswer is { } kind && _meanings.TryGetValue(kind, out var value))
        {
            return new PromptRecognizerResult<string>(true, value);
        }

        _facts.NotUnderstood(turnContext, Id, understanding is null ? null : new LabelScore(understanding.Answer.Label, understanding.Answer.Confidence));
        return new PromptRecognizerResult<string>(false);
    }
}
