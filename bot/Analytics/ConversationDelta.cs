using SupportBot.Dialogs.Analytics;

namespace SupportBot.Bot.Analytics;

/// <summary>
/// What a run of one conversation's turns does to its row, folded into one write: the same result as applying the
/// turns one by one (counts add up, the first symptom reading stays, the last outcome wins, and a new case started
/// after an outcome clears it), so a busy conversation costs one upsert a batch instead of one a turn.
/// </summary>
internal sealed class ConversationDelta(string channelId, string conversationId)
{
    public string ChannelId { get; } = channelId;

    public string ConversationId { get; } = conversationId;

    public DateTimeOffset FirstAt { get; private set; } = DateTimeOffset.MaxValue;

    public DateTimeOffset LastAt { get; private set; } = DateTimeOffset.MinValue;

    public string? Language { get; private set; }

    public SymptomReading? FirstReading { get; private set; }

    public string? Symptom { get; private set; }

    public int Reasks { get; private set; }

    public int NotUnderstood { get; private set; }

    public int Turns { get; private set; }

    public int? Rating { get; private set; }

    /// <summary>Whether these turns decide the outcome (set it, or clear it for a new case); if not, the stored one stays.</summary>
    public bool DecidesOutcome { get; private set; }

    public string? Outcome { get; private set; }

    public string? EscalationReason { get; private set; }

    public void Add(TurnFacts turn)
    {
        FirstAt = turn.At < FirstAt ? turn.At : FirstAt;
        LastAt = turn.At > LastAt ? turn.At : LastAt;
        Language = turn.Language ?? Language;
        FirstReading ??= turn.SymptomRead;
        Symptom = turn.Symptom ?? Symptom;
        Reasks += turn.Reasks;
        NotUnderstood += turn.NotUnderstood;
        Turns += turn.IsUserMessage ? 1 : 0;
        Rating = turn.Rating ?? Rating;
        if (turn.Outcome is not null || turn.Symptom is not null)
        {
            DecidesOutcome = true;
            Outcome = turn.Outcome;
            EscalationReason = turn.Outcome is null ? null : turn.EscalationReason;
        }
    }
}
