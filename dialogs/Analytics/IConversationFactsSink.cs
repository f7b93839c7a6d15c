namespace SupportBot.Dialogs.Analytics;

/// <summary>
/// Where each turn's facts go when the turn ends. The host's sink queues them for a background
/// writer; it must return at once and never throw, so analytics can neither slow nor fail a reply.
/// </summary>
public interface IConversationFactsSink
{
    void Record(TurnFacts facts);
}

/// <summary>The sink of a host that keeps no facts (the in-memory store of tests).</summary>
public sealed class DiscardingFactsSink : IConversationFactsSink
{
    public void Record(TurnFacts facts)
    {
    }
}
