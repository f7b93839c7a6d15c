using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Flows.Handoff;

/// <summary>
/// Renders the handoff card for the channel the user is on. Every rendering also carries the
/// numbers in plain text, so they survive channels and screen readers that drop cards.
/// <list type="bullet">
/// <item>Web Chat, Direct Line, Emulator: an Adaptive Card with <c>tel:</c> call actions.</item>
/// <item>Teams: the same card without call actions (Teams does not run <c>tel:</c> actions).</item>
/// <item>Slack and anything else: a hero card (Slack has no Adaptive Cards).</item>
/// </list>
/// </summary>
internal sealed class HandoffCardFactory(SupportTexts texts)
{
    private static readonly HashSet<string> AdaptiveWithCallActions = ["webchat", "directline", "emulator", "test"];

    public IMessageActivity Create(ITurnContext turnContext, HandoffTicket ticket)
    {
        var channelId = turnContext.Activity.ChannelId ?? string.Empty;
        var numbersText = texts.Get(turnContext, "handoff.numbers");
        var attachment = channelId switch
        {
            _ when AdaptiveWithCallActions.Contains(channelId) => AdaptiveCard(turnContext, ticket, withCallActions: true),
            "msteams" => AdaptiveCard(turnContext, ticket, withCallActions: false),
            _ => HeroCard(turnContext, ticket, numbersText),
        };

        var message = MessageFactory.Attachment(attachment);
        message.Text = $"{texts.Get(turnContext, "handoff.title")}\n{numbersText}";
        return message;
    }

    private Attachment AdaptiveCard(ITurnContext turnContext, HandoffTicket ticket, bool withCallActions)
    {
        string T(string key, params (string, string)[] values) => texts.Get(turnContext, key, values);

        var body = new JArray
        {
            TextBlock(T("handoff.title"), weight: "Bolder", size: "Medium"),
            TextBlock(T("handoff.intro")),
            new JObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JArray
                {
                    Fact(T("handoff.free_dial.label"), texts.Contacts.FreeDial),
                    Fact(T("handoff.mobile_paid.label"), texts.Contacts.MobilePaid),
                },
            },
            TextBlock(T("handoff.prepare.title"), weight: "Bolder"),
            TextBlock(T("handoff.prepare.items")),
            TextBlock(T("handoff.summary.title"), weight: "Bolder"),
            TextBlock(ticket.Summary),
            TextBlock(T("handoff.reference", ("handoffId", ticket.Id)), isSubtle: true),
        };

        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.3",
            ["body"] = body,
        };
        if (withCallActions)
        {
            card["actions"] = new JArray
            {
                CallAction(T("handoff.call.free_dial"), texts.Contacts.FreeDial),
                CallAction(T("handoff.call.mobile_paid"), texts.Contacts.MobilePaid),
            };
        }

        return new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card };
    }

    private Attachment HeroCard(ITurnContext turnContext, HandoffTicket ticket, string numbersText)
    {
        string T(string key, params (string, string)[] values) => texts.Get(turnContext, key, values);

        var text = string.Join(
            "\n\n",
            T("handoff.intro"),
            numbersText,
            $"{T("handoff.prepare.title")}: {T("handoff.prepare.items")}",
            $"{T("handoff.summary.title")}: {ticket.Summary}",
            T("handoff.reference", ("handoffId", ticket.Id)));
        return new HeroCard(title: T("handoff.title"), text: text).ToAttachment();
    }

    private static JObject TextBlock(string text, string? weight = null, string? size = null, bool isSubtle = false)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (isSubtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }

    private static JObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static JObject CallAction(string title, string number) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = TelUri(number),
    };

    /// <summary><c>tel:</c> URIs take digits only (and a leading +).</summary>
    public static string TelUri(string number) =>
        "tel:" + new string(number.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
}
