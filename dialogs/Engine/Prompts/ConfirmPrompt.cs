using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Asks a yes/no question. Understands yes and no as the
/// <see cref="IConfirmRecognizer"/> it is given reads them. To show buttons, pass the yes choice then the no choice (texts from
/// content) in <see cref="PromptOptions.Choices"/>; picking the first means yes, the second no.
/// The answer is a boxed <see cref="bool"/>; <c>null</c> when the prompt gave up.
/// </summary>
public sealed class ConfirmPrompt : Prompt<bool>
{
    private readonly IConfirmRecognizer _confirm;
    private readonly IChoiceRecognizer _choices;

    /// <summary>Creates the prompt with the recognisers of yes/no and of its buttons, and an optional validator.</summary>
    public ConfirmPrompt(string dialogId, IConfirmRecognizer confirm, IChoiceRecognizer choices, PromptValidator<bool>? validator = null)
        : base(dialogId, validator)
    {
        ArgumentNullException.ThrowIfNull(confirm);
        ArgumentNullException.ThrowIfNull(choices);
        _confirm = confirm;
        _choices = choices;
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
        var answer = _confirm.Recognize(text);
        if (answer is null && options.Choices is { Count: >= 2 } choices
            && _choices.Recognize(text, choices.Take(2).ToList()) is { } found)
        {
            answer = found.Index == 0;
        }

        return Task.FromResult(answer is { } yes
            ? new PromptRecognizerResult<bool>(true, yes)
            : new PromptRecognizerResult<bool>(false));
    }
}
