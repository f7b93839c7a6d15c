using SupportBot.Dialogs.Flows;

namespace SupportBot.Dialogs.Analytics;

/// <summary>The registered flows (by symptom, in menu order) and the names of their steps: the columns of the operators' drop-off funnels.</summary>
public sealed class FlowSteps
{
    internal FlowSteps(IEnumerable<SupportFlowDialog> flows) =>
        ByFlow = flows.ToDictionary(flow => flow.Symptom, flow => flow.StepNames);

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ByFlow { get; }

    /// <summary>The name of step <paramref name="index"/> of <paramref name="flow"/>, or its number when the flow no longer has it.</summary>
    public string Name(string flow, int index) =>
        ByFlow.TryGetValue(flow, out var steps) && index >= 0 && index < steps.Count
            ? steps[index]
            : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
