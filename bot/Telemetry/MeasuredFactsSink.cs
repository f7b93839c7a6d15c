using SupportBot.Dialogs.Analytics;

namespace SupportBot.Bot.Telemetry;

/// <summary>
/// Counts what a turn's facts say (a case's outcome, a handoff and its reason, a message not understood, the classifier's
/// confidence) and hands the facts on unchanged, so the metrics and the console's figures come from the same record.
/// </summary>
internal sealed class MeasuredFactsSink(IConversationFactsSink inner) : IConversationFactsSink
{
    public void Record(TurnFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Outcome is { } outcome)
        {
            SupportBotTelemetry.Outcomes.Add(1, new("outcome", outcome), new("channel", facts.ChannelId));
            if (outcome == Dialogs.Analytics.Outcomes.Escalated)
            {
                SupportBotTelemetry.Handoffs.Add(1, new KeyValuePair<string, object?>("reason", facts.EscalationReason ?? "unknown"));
            }
        }

        if (facts.NotUnderstood > 0)
        {
            SupportBotTelemetry.NotUnderstood.Add(facts.NotUnderstood, new KeyValuePair<string, object?>("channel", facts.ChannelId));
        }

        if (facts.SymptomRead is { } reading)
        {
            SupportBotTelemetry.ClassifierConfidence.Record(reading.Confidence, new KeyValuePair<string, object?>("label", reading.Label));
        }

        inner.Record(facts);
    }
}
