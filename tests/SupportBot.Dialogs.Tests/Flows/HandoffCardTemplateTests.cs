using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using SupportBot.Dialogs.Configuration;
using SupportBot.Dialogs.Flows.Handoff;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Tests.Flows;

/// <summary>
/// The handoff card comes from the template Content/Cards/handoff.json. The expected files in HandoffCards/ were
/// captured from the C# card builder it replaced, before the change: the message is byte for byte the same.
/// </summary>
public sealed class HandoffCardTemplateTests
{
    private static readonly HandoffCardFactory Factory = new(new SupportTexts(
        BotTexts.LoadEmbedded(),
        Options.Create(new ContactOptions { FreeDial = SupportConversation.FreeDial, MobilePaid = SupportConversation.MobilePaid })));

    // Quotes, markup, braces and a backslash in the summary: data is substituted as text, never as JSON.
    private static readonly HandoffTicket Ticket = new("H-1234ABCD", "forgot_password", "Symptom: \"x\"\nTried: <a> & {b}\\c");

    [Theory]
    [InlineData("webchat", "ja")]
    [InlineData("webchat", "en")]
    [InlineData("msteams", "ja")]
    [InlineData("msteams", "en")]
    [InlineData("slack", "ja")]
    [InlineData("slack", "en")]
    public void HandoffMessageIsTheSameAsBeforeTheTemplate(string channelId, string language)
    {
        var activity = new Activity(ActivityTypes.Message) { ChannelId = channelId, Text = "x" };
        using var turn = new TurnContext(new TestAdapter(channelId), activity);
        turn.TurnState.Add(LanguageTurnState.Key, language);

        var message = Factory.Create(turn, Ticket);

        var json = JsonConvert.SerializeObject(message, Formatting.Indented, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }) + "\n";
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Flows", "HandoffCards", $"{channelId}.{language}.json"));
        Assert.Equal(expected, json);
    }
}
