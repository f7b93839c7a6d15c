using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Offers <see cref="PromptOptions.Choices"/>, rendered per channel (see <see cref="ChoiceFactory.ForChannel"/>)
/// or in <see cref="PromptOptions.Style"/>, and recognises the pick by value, title, synonym, number,
/// ordinal or partial title (see <see cref="ChoiceRecognizer"/>). The answer is a <see cref="FoundChoice"/>;
/// <c>null</c> when the prompt gave up.
/// </summary>
public sealed class ChoicePrompt : Prompt<FoundChoice>
{
    /// <summary>Creates the prompt with an optional validator.</summary>
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
        : base(dialogId, validator)
    {
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
        var found = ChoiceRecognizer.Default.Recognize(turnContext.Activity?.Text, options.Choices ?? []);
        return Task.FromResult(found is null
            ? new PromptRecognizerResult<FoundChoice>(false)
            : new PromptRecognizerResult<FoundChoice>(true, found));
    }
}
