namespace SupportBot.Bot.Analytics.Queries;

/// <summary>
/// A message the bot did not understand, or read with low confidence, as kept for review: its redacted text, where it
/// came (<c>main</c> or a question's content key), what the bot guessed, and what an operator made of it.
/// </summary>
public sealed record ReviewItem(
    string Id,
    string ChannelId,
    string ConversationId,
    DateTimeOffset At,
    string Kind,
    string Place,
    string Text,
    string? Language,
    string Guess,
    double Confidence,
    string Status,
    string? Label)
{
    public const string Open = "open";
    public const string Labelled = "labelled";
    public const string Dismissed = "dismissed";
}
