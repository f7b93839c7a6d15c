namespace SupportBot.Dialogs.Records;

/// <summary>A handoff to a person: what the contact centre sees. Texts the user typed are redacted.</summary>
internal sealed record HandoffRecord(
    string Id,
    string ConversationId,
    string ChannelId,
    string Symptom,
    string Summary,
    string Language,
    List<TranscriptLine> Transcript,
    DateTimeOffset CreatedAt);

/// <summary>One line of a redacted transcript: who spoke ("user" or "bot") and what.</summary>
internal sealed record TranscriptLine(string From, string Text, DateTimeOffset At)
{
    public const string User = "user";
    public const string Bot = "bot";
}
