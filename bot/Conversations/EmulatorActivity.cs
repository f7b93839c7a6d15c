using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Conversations;

/// <summary>An activity as the Bot Framework Emulator posts it to <c>/api/messages</c>.</summary>
internal static class EmulatorActivity
{
    public static Activity Create(
        string type, Uri serviceUrl, string conversationId, ChannelAccount from, ChannelAccount recipient, string locale, string channelId = Channels.Emulator) =>
        new()
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = channelId,
            ServiceUrl = serviceUrl.ToString(),
            From = from,
            Recipient = recipient,
            Conversation = new ConversationAccount(id: conversationId),
            Locale = locale,
            Timestamp = TimeProvider.System.GetUtcNow(),
        };
}
