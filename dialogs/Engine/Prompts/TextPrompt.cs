using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>Asks for free text. Any non-blank message text is an answer; card submits and attachments without text are not.</summary>
public sealed class TextPrompt : Prompt<string>
{
    /// <summary>Creates the prompt with an optional validator.</summary>
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity?.Text;
        return Task.FromResult(string.IsNullOrWhiteSpace(text)
            ? new PromptRecognizerResult<string>(false)
            : new PromptRecognizerResult<string>(true, text));
    }
}
