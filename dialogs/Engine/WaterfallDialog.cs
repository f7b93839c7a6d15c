using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// A dialog that runs its steps in order. Each step usually starts a prompt or child dialog; when that
/// ends, the next step runs with its result in <see cref="WaterfallStepContext.Result"/>. After the
/// last step the waterfall ends with the last result.
/// </summary>
public class WaterfallDialog : Dialog
{
    internal const string OptionsKey = "options";
    internal const string ValuesKey = "values";
    internal const string StepIndexKey = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    /// <summary>Creates a waterfall; list the steps here, in order, like a table of contents.</summary>
    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps?.ToList() ?? [];
    }

    /// <summary>Appends a step.</summary>
    /// <returns>This waterfall, so that calls can be chained.</returns>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options;
        state[ValuesKey] = new Dictionary<string, object?>();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message moves the waterfall on with the text as result; other activities are ignored.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity?.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);
    }

    /// <summary>Runs the step after the one that started the child that has just ended.</summary>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = StateValue.As<int>(dc.ActiveDialog!.State.TryGetValue(StepIndexKey, out var raw) ? raw : null);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    internal Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            // Also covers a stack stored by a deployment that had more steps: finish rather than fail.
            return dc.EndDialogAsync(result, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = index;
        var values = StateValue.GetOrCreate(state, ValuesKey, () => new Dictionary<string, object?>());
        var stepContext = new WaterfallStepContext(this, dc, state.TryGetValue(OptionsKey, out var options) ? options : null, values, index, reason, result);
        return _steps[index](stepContext, cancellationToken);
    }
}
