using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
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

    /// <summary>The card's layout (Content/Cards/handoff.json); its words are content texts, its numbers configuration.</summary>
    private readonly CardTemplate _template = CardTemplate.LoadEmbedded("handoff.json");

    public IMessageActivity Create(ITurnContext turnContext, HandoffTicket ticket)
    {
        var channelId = turnContext.Activity.ChannelId ?? string.Empty;
        var numbersText = texts.Get(turnContext, TextKeys.Handoff.Numbers);
        var attachment = channelId switch
        {
            _ when AdaptiveWithCallActions.Contains(channelId) => AdaptiveCard(turnContext, ticket, withCallActions: true),
            "msteams" => AdaptiveCard(turnContext, ticket, withCallActions: false),
            _ => HeroCard(turnContext, ticket, numbersText),
        };

        var message = MessageFactory.Attachment(attachment);
        message.Text = $"{texts.Get(turnContext, TextKeys.Handoff.Title)}\n{numbersText}";
        return message;
    }

    private Attachment AdaptiveCard(ITurnContext turnContext, HandoffTicket ticket, bool withCallActions)
    {
        string T(TextKey key) => texts.Get(turnContext, key);

        var card = _template.Fill(new Dictionary<string, string>
        {
            ["title"] = T(TextKeys.Handoff.Title),
            ["intro"] = T(TextKeys.Handoff.Intro),
            ["freeDialLabel"] = T(TextKeys.Handoff.FreeDialLabel),
            ["freeDial"] = texts.Contacts.FreeDial,
            ["mobilePaidLabel"] = T(TextKeys.Handoff.MobilePaidLabel),
            ["mobilePaid"] = texts.Contacts.MobilePaid,
            ["prepareTitle"] = T(TextKeys.Handoff.PrepareTitle),
            ["prepareItems"] = T(TextKeys.Handoff.PrepareItems),
            ["summaryTitle"] = T(TextKeys.Handoff.SummaryTitle),
            ["summary"] = ticket.Summary,
            ["reference"] = texts.Get(turnContext, TextKeys.Handoff.Reference, ("handoffId", ticket.Id)),
            ["callFreeDial"] = T(TextKeys.Handoff.CallFreeDial),
            ["freeDialUrl"] = TelUri(texts.Contacts.FreeDial),
            ["callMobilePaid"] = T(TextKeys.Handoff.CallMobilePaid),
            ["mobilePaidUrl"] = TelUri(texts.Contacts.MobilePaid),
        });
        if (!withCallActions)
        {
            card.Remove("actions");
        }

        return new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card };
    }

    private Attachment HeroCard(ITurnContext turnContext, HandoffTicket ticket, string numbersText)
    {
        string T(TextKey key) => texts.Get(turnContext, key);

        var text = string.Join(
            "\n\n",
            T(TextKeys.Handoff.Intro),
            numbersText,
            $"{T(TextKeys.Handoff.PrepareTitle)}: {T(TextKeys.Handoff.PrepareItems)}",
            $"{T(TextKeys.Handoff.SummaryTitle)}: {ticket.Summary}",
            texts.Get(turnContext, TextKeys.Handoff.Reference, ("handoffId", ticket.Id)));
        return new HeroCard(title: T(TextKeys.Handoff.Title), text: text).ToAttachment();
    }

    /// <summary><c>tel:</c> URIs take digits only (and a leading +).</summary>
    public static string TelUri(string number) =>
        "tel:" + new string(number.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
}
