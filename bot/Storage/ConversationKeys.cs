using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Storage;

/// <summary>Storage keys derived from an activity's conversation.</summary>
internal static class ConversationKeys
{
    /// <summary><c>{channelId}/{conversationId}</c>, or null when the activity names no conversation.</summary>
    public static string? Conversation(IActivity activity) =>
        string.IsNullOrEmpty(activity.Conversation?.Id) ? null : $"{activity.ChannelId}/{activity.Conversation.Id}";

    /// <summary>The prefix of every <see cref="ActivityClaimKey"/>.</summary>
    public const string ActivityClaimPrefix = "dedupe/";

    /// <summary>
    /// <c>dedupe/{channelId}/{conversationId}/{activityId}</c> (conversation and activity id escaped, so
    /// no pair of them can name another's claim), or null when the activity has no id or conversation.
    /// </summary>
    public static string? ActivityClaimKey(IActivity activity) =>
        string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : $"{ActivityClaimPrefix}{activity.ChannelId}/{Uri.EscapeDataString(activity.Conversation.Id)}/{Uri.EscapeDataString(activity.Id)}";
}
