namespace SupportBot.Dialogs.Records;

/// <summary>How one support conversation ended, kept for operators (and satisfaction figures).</summary>
internal sealed record OutcomeRecord(
    string ConversationId,
    string ChannelId,
    string Symptom,
    string Outcome,
    int? Rating,
    string? HandoffId,
    DateTimeOffset RecordedAt)
{
    public const string Resolved = "resolved";
    public const string Escalated = "escalated";
}
