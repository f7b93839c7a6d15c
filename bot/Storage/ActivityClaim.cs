namespace SupportBot.Bot.Storage;

/// <summary>The record that an activity id of a conversation is being, or has been, answered.</summary>
internal sealed class ActivityClaim
{
    public DateTimeOffset ClaimedAt { get; set; }
}
