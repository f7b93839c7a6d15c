namespace SupportBot.Dialogs.Analytics;

/// <summary>
/// What one turn contributed to its conversation's facts: the dialogs fill it through
/// <see cref="ConversationFacts"/>, and at the end of the turn it goes, whole, to the
/// <see cref="IConversationFactsSink"/>. Counts are this turn's; the sink adds them up.
/// </summary>
public sealed class TurnFacts
{
    public TurnFacts(string channelId, string conversationId, DateTimeOffset at, bool isUserMessage)
    {
        ChannelId = channelId;
        ConversationId = conversationId;
        At = at;
        IsUserMessage = isUserMessage;
    }

    public string ChannelId { get; }

    public string ConversationId { get; }

    /// <summary>When the turn started.</summary>
    public DateTimeOffset At { get; }

    /// <summary>The turn carried a person's message (not a join or an event): it counts as a turn.</summary>
    public bool IsUserMessage { get; }

    /// <summary>The conversation's language at the end of the turn.</summary>
    public string? Language { get; set; }

    /// <summary>The symptom model's reading of a message that said what was wrong (the sink keeps the conversation's first).</summary>
    public SymptomReading? SymptomRead { get; set; }

    /// <summary>The symptom of the case being worked on, when a case started or switched this turn.</summary>
    public string? Symptom { get; set; }

    /// <summary>The waterfall steps of flows that ran this turn, in order.</summary>
    public List<FlowStep> Steps { get; } = [];

    /// <summary>Questions asked again this turn (a misunderstanding, or "which of these?").</summary>
    public int Reasks { get; set; }

    /// <summary>Messages of this turn the bot did not understand (0 or 1).</summary>
    public int NotUnderstood { get; set; }

    /// <summary>How a case ended this turn (<see cref="Outcomes"/>), if one did.</summary>
    public string? Outcome { get; set; }

    /// <summary>Why it was handed to a person (<see cref="EscalationReasons"/>), when <see cref="Outcome"/> is escalated.</summary>
    public string? EscalationReason { get; set; }

    /// <summary>The 1–5 satisfaction rating given this turn.</summary>
    public int? Rating { get; set; }

    /// <summary>Messages for an operator to look at: not understood, or read with low confidence.</summary>
    public List<ReviewCandidate> Review { get; } = [];

    /// <summary>What was said this turn, the person's words redacted (the lines the conversation's transcript got).</summary>
    public List<TranscriptEntry> Transcript { get; } = [];

    /// <summary>Nothing in this turn changes the conversation's facts beyond its last activity.</summary>
    public bool IsEmpty =>
        !IsUserMessage && SymptomRead is null && Symptom is null && Steps.Count == 0 && Reasks == 0 && NotUnderstood == 0
        && Outcome is null && Rating is null && Review.Count == 0 && Transcript.Count == 0;
}

/// <summary>One line of a transcript: who spoke (<c>user</c> or <c>bot</c>), what (redacted), when.</summary>
public sealed record TranscriptEntry(string Speaker, string Text, DateTimeOffset At);

/// <summary>The symptom model's label and confidence for a message.</summary>
public sealed record SymptomReading(string Label, double Confidence);

/// <summary>A waterfall step of a flow was reached: its position (0-based) and name.</summary>
public sealed record FlowStep(string Flow, int Index, string Name);

/// <summary>
/// A message for the review queue: its redacted text, where in the conversation it came
/// (<see cref="Place"/>: <c>main</c> for "what is wrong?", else the question's content key), and
/// what the bot made of it.
/// </summary>
public sealed record ReviewCandidate(string Kind, string Place, string Text, string Guess, double Confidence)
{
    /// <summary>The bot did not understand the message and asked again (or gave up).</summary>
    public const string NotUnderstoodKind = "not_understood";

    /// <summary>The bot understood it only well enough to ask back ("did you mean …?").</summary>
    public const string LowConfidenceKind = "low_confidence";

    /// <summary>The place of the first question, "what is wrong?" and its menus.</summary>
    public const string MainPlace = "main";
}
