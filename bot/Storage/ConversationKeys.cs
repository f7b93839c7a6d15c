using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Storage;

/// <summary>Storage keys derived from an activity's conversation.</summary>
internal static class ConversationKeys
{
    /// <summary><c>{channelId}/{conversationId}</c>, or null when the activity names no conversation.</summary>
    public static string? Conversation(IActivity activity) =>
        string.IsNullOrEmpty(activity.Conversation?.Id) ? null : $"{activity.ChannelId}/{activity.Conversation.Id}";

    /// <summary>The key of the record of activity ids already handled in the activity's conversation.</summary>
    public static string? RecentActivities(IActivity activity) =>
        Conversation(activity) is { } conversation ? $"dedupe/{conversation}" : null;
}
