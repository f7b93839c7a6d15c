namespace SupportBot.Bot.Analytics.Queries;

/// <summary>Which conversations to list or export: any combination; null means any.</summary>
public sealed record ConversationFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    string? Outcome = null,
    string? Symptom = null,
    string? Channel = null,
    int Page = 1,
    int PageSize = 50)
{
    public const int MaxPageSize = 500;
}

/// <summary>One conversation's facts, as listed and exported.</summary>
public sealed record ConversationRow(
    string ChannelId,
    string ConversationId,
    DateTimeOffset StartedAt,
    DateTimeOffset LastActivityAt,
    string? Language,
    string? FirstSymptom,
    double? FirstConfidence,
    string? Symptom,
    string Outcome,
    string? EscalationReason,
    int? Rating,
    int Turns,
    int Reasks,
    int NotUnderstood);

/// <summary>A page of conversations and how many match in all.</summary>
public sealed record ConversationPage(IReadOnlyList<ConversationRow> Rows, int Total, int Page, int PageSize);

/// <summary>A line of a conversation's transcript: who (<c>user</c> or <c>bot</c>), what (redacted), when.</summary>
public sealed record TranscriptRow(string Speaker, string Text, DateTimeOffset At);

/// <summary>A conversation's facts, the flows it entered (with the last step reached) and its redacted transcript.</summary>
public sealed record ConversationDetail(ConversationRow Facts, IReadOnlyList<FlowReached> Flows, IReadOnlyList<TranscriptRow> Transcript);

public sealed record FlowReached(string Flow, int LastStep, string LastStepName, string? Outcome);
