using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>
/// A <see cref="TestAdapter"/> that delivers an activity with the id the test chooses, as a channel
/// does (TestAdapter itself numbers activities), so the same delivery can be repeated.
/// </summary>
internal sealed class DeliveringTestAdapter : TestAdapter
{
    public DeliveringTestAdapter(string conversationId)
        : base(CreateConversation(conversationId))
    {
    }

    public async Task DeliverAsync(string activityId, BotCallbackHandler bot, CancellationToken cancellationToken = default)
    {
        var activity = (Activity)MessageFactory.Text("hello");
        activity.Id = activityId;
        activity.ChannelId = Conversation.ChannelId;
        activity.From = Conversation.User;
        activity.Recipient = Conversation.Bot;
        activity.Conversation = Conversation.Conversation;
        activity.ServiceUrl = Conversation.ServiceUrl;
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot, cancellationToken);
    }
}
