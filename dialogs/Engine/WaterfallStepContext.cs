namespace SupportBot.Dialogs.Engine;

/// <summary>What a waterfall step sees: the stack (it is a <see cref="DialogContext"/>) plus its place in the waterfall.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parent;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parent, DialogContext dc, object? options, IDictionary<string, object?> values, int index, DialogReason reason, object? result)
        : base(dc)
    {
        _parent = parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The zero-based index of the running step.</summary>
    public int Index { get; }

    /// <summary>
    /// The options the waterfall was begun with, as stored: after a turn boundary this is a JSON token.
    /// Use <see cref="GetOptions{T}"/> for a typed view.
    /// </summary>
    public object? Options { get; }

    /// <summary>Why this step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>
    /// The result of the previous step's child (a prompt's answer), or the user's text when the
    /// waterfall was continued without a child. A prompt that ran out of attempts gives <c>null</c>.
    /// </summary>
    public object? Result { get; }

    /// <summary>Values persisted across the steps of this waterfall instance. Prefer <see cref="GetValue{T}"/>.</summary>
    public IDictionary<string, object?> Values { get; }

    /// <summary>The begin options as <typeparamref name="T"/>, whether fresh or restored from storage.</summary>
    public T? GetOptions<T>() => StateValue.As<T>(Options);

    /// <summary>Reads a typed value (for example a flow's <c>*State</c> record) from <see cref="Values"/>.</summary>
    public T? GetValue<T>(string key) => StateValue.Get<T>(Values, key);

    /// <summary>Stores a value in <see cref="Values"/>.</summary>
    public void SetValue<T>(string key, T value) => Values[key] = value;

    /// <summary>Skips to the next step without waiting for the user, passing <paramref name="result"/>.</summary>
    /// <exception cref="InvalidOperationException">Called twice in the same step.</exception>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_parent.Id}'.");
        }

        _nextCalled = true;
        return _parent.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
