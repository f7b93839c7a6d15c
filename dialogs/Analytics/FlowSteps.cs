using SupportBot.Dialogs.Flows;

namespace SupportBot.Dialogs.Analytics;

/// <summary>The registered flows (by symptom, in menu order) and the names of their steps: the columns of the operators' drop-off funnels.</summary>
public sealed class FlowSteps
{
    internal FlowSteps(IEnumerable<SupportFlowDialog> flows)
        : this(flows.ToDictionary(flow => flow.Symptom, flow => flow.StepNames))
    {
    }

    /// <summary>Flows by symptom, in menu order, each with its step names in order.</summary>
    public FlowSteps(IReadOnlyDictionary<string, IReadOnlyList<string>> byFlow) => ByFlow = byFlow;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ByFlow { get; }

    /// <summary>The name of step <paramref name="index"/> of <paramref name="flow"/>, or its number when the flow no longer has it.</summary>
    public string Name(string flow, int index) =>
        ByFlow.TryGetValue(flow, out var steps) && index >= 0 && index < steps.Count
            ? steps[index]
            : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
