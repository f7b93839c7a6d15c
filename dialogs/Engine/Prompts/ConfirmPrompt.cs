using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Asks a yes/no question. Understands Japanese and English yes and no as typed (see
/// <see cref="ConfirmRecognizer"/>). To show buttons, pass the yes choice then the no choice (texts from
/// content) in <see cref="PromptOptions.Choices"/>; picking the first means yes, the second no.
/// The answer is a boxed <see cref="bool"/>; <c>null</c> when the prompt gave up.
/// </summary>
public sealed class ConfirmPrompt : Prompt<bool>
{
    /// <summary>Creates the prompt with an optional validator.</summary>
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <inheritdoc/>
    protected override async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Choices is not { Count: > 0 } choices)
        {
            await base.OnPromptAsync(turnContext, options, isRetry, cancellationToken);
            return;
        }

        var prompt = PromptActivity.Select(options, isRetry);
        await turnContext.SendActivityAsync(PromptActivity.WithChoices(prompt, turnContext.Activity?.ChannelId, choices, options.Style), cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var text = turnContext.Activity?.Text;
        var answer = ConfirmRecognizer.Default.Recognize(text);
        if (answer is null && options.Choices is { Count: >= 2 } choices
            && ChoiceRecognizer.Default.Recognize(text, choices.Take(2).ToList()) is { } found)
        {
            answer = found.Index == 0;
        }

        return Task.FromResult(answer is { } yes
            ? new PromptRecognizerResult<bool>(true, yes)
            : new PromptRecognizerResult<bool>(false));
    }
}
