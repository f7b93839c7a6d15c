using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Offers <see cref="PromptOptions.Choices"/>, rendered per channel (see <see cref="ChoiceFactory.ForChannel"/>)
/// or in <see cref="PromptOptions.Style"/>, and recognises the pick by value, title, synonym, number,
/// ordinal or partial title (as the <see cref="IChoiceRecognizer"/> it is given decides). The answer is a <see cref="FoundChoice"/>;
/// <c>null</c> when the prompt gave up.
/// </summary>
public sealed class ChoicePrompt : Prompt<FoundChoice>
{
    private readonly IChoiceRecognizer _recognizer;

    /// <summary>Creates the prompt with the recogniser of answers and an optional validator.</summary>
    public ChoicePrompt(string dialogId, IChoiceRecognizer recognizer, PromptValidator<FoundChoice>? validator = null)
        : base(dialogId, validator)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizer = recognizer;
    }

    /// <summary>Words placed between inline choices; language-neutral defaults (see <see cref="ChoiceFactoryOptions"/>).</summary>
    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = PromptActivity.Select(options, isRetry);
        var activity = PromptActivity.WithChoices(prompt, turnContext.Activity?.ChannelId, options.Choices ?? [], options.Style, ChoiceOptions);
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = _recognizer.Recognize(turnContext.Activity?.Text, options.Choices ?? []);
        return Task.FromResult(found is null
            ? new PromptRecognizerResult<FoundChoice>(false)
            : new PromptRecognizerResult<FoundChoice>(true, found));
    }
}
