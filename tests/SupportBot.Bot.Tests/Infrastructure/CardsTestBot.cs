using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>
/// A stand-in bot for protocol mechanics the real dialogs never exercise on their own (an
/// Adaptive Card submit arriving with no text): greets with suggested actions, answers a typed
/// message with its text, suggested actions and a card with a tel: action, and answers a card
/// submit with the submitted value.
/// </summary>
public sealed class CardsTestBot : ActivityHandler
{
    public const string Welcome = "Welcome from the test bot";
    public const string Choice = "Choice A";

    private static readonly string[] Choices = [Choice, "Choice B"];

    protected override Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var greeting = MessageFactory.SuggestedActions(Choices, Welcome, null, null);
        return membersAdded.Any(m => m.Id != turnContext.Activity.Recipient.Id)
            ? turnContext.SendActivityAsync(greeting, cancellationToken)
            : Task.CompletedTask;
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var incoming = turnContext.Activity;
        if (string.IsNullOrEmpty(incoming.Text))
        {
            await turnContext.SendActivityAsync($"submitted: {JObject.FromObject(incoming.Value!).ToString(Newtonsoft.Json.Formatting.None)}", cancellationToken: cancellationToken);
            return;
        }

        var reply = MessageFactory.SuggestedActions(Choices, $"you said: {incoming.Text}", null, null);
        reply.Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = HandoffCard() }];
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private static JObject HandoffCard() => JObject.Parse("""
        {
          "type": "AdaptiveCard",
          "version": "1.3",
          "body": [ { "type": "TextBlock", "text": "Call customer service", "weight": "Bolder" } ],
          "actions": [
            { "type": "Action.OpenUrl", "title": "0120-999-373", "url": "tel:0120999373" },
            { "type": "Action.Submit", "title": "Done", "data": { "done": true } }
          ]
        }
        """);
}
