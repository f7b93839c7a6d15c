using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Base of the prompts: asks a question, recognises the answer, re-asks with
/// <see cref="PromptOptions.RetryPrompt"/> when it is not understood (or the validator rejects it), and
/// gives up after <see cref="PromptOptions.MaxAttempts"/> answers.
/// </summary>
/// <remarks>
/// "No useful answer" convention: a prompt that gives up ends with a <c>null</c> result, so the calling
/// waterfall step sees <c>stepContext.Result is null</c>. A recognised answer is never null (a confirm
/// gives a boxed <see cref="bool"/>, a choice a <see cref="Choices.FoundChoice"/>, text a non-empty string).
/// Activities that are not messages (typing, events) do not count as attempts.
/// </remarks>
/// <typeparam name="T">The kind of answer.</typeparam>
public abstract class Prompt<T> : Dialog
{
    internal const string OptionsKey = "options";
    internal const string AttemptCountKey = "attemptCount";

    private readonly PromptValidator<T>? _validator;

    /// <summary>Creates a prompt with an optional validator.</summary>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <summary>Begins the prompt; <paramref name="options"/> must be <see cref="PromptOptions"/>.</summary>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = StateValue.As<PromptOptions>(options)
            ?? throw new ArgumentException("Prompts are begun with PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = promptOptions;
        state[AttemptCountKey] = 0;
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity?.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = StateValue.Get<PromptOptions>(state, OptionsKey) ?? new PromptOptions();
        var attempts = StateValue.As<int>(state.TryGetValue(AttemptCountKey, out var raw) ? raw : null) + 1;
        state[AttemptCountKey] = attempts;

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken);
        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (options.MaxAttempts is { } maxAttempts && attempts >= maxAttempts)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken);
        return EndOfTurn;
    }

    /// <summary>A prompt only resumes after an interruption's child dialog: ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var options = StateValue.Get<PromptOptions>(instance.State, OptionsKey) ?? new PromptOptions();
        return OnPromptAsync(turnContext, options, isRetry: false, cancellationToken);
    }

    /// <summary>Sends the question (<see cref="PromptOptions.RetryPrompt"/> when <paramref name="isRetry"/>).</summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var prompt = PromptActivity.Select(options, isRetry);
        if (prompt is not null)
        {
            await turnContext.SendActivityAsync(prompt, cancellationToken);
        }
    }

    /// <summary>Recognises the user's answer in the turn's activity.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);
}
