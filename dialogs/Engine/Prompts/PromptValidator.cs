using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Decides whether a recognised answer is acceptable (return <c>true</c>), or not (return <c>false</c>:
/// the prompt retries or gives up). It may also send its own message explaining what is wrong.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);

/// <summary>What a <see cref="PromptValidator{T}"/> sees.</summary>
/// <typeparam name="T">The kind of answer.</typeparam>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        Options = options;
        AttemptCount = attemptCount;
    }

    /// <summary>The current turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>What the prompt recognised.</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; }

    /// <summary>The number of answers so far, this one included (1 on the first answer).</summary>
    public int AttemptCount { get; }
}
