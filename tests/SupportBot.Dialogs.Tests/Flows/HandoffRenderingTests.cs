using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using static SupportBot.Dialogs.Tests.Flows.SupportConversation;

namespace SupportBot.Dialogs.Tests.Flows;

public sealed class HandoffRenderingTests
{
    private static async Task<IReadOnlyList<IActivity>> HandoffOnAsync(string channelId)
    {
        var chat = new SupportConversation(channelId);
        await chat.StartAsync();
        return await chat.SayAsync("オペレーターと話したい");
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public async Task WebChatDirectLineAndEmulatorGetAnAdaptiveCardWithCallActions(string channelId)
    {
        var replies = await HandoffOnAsync(channelId);

        var card = replies.HandoffCard()!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var json = JObject.FromObject(card.Content);
        var urls = json["actions"]!.Select(a => (string?)a["url"]).ToList();
        Assert.Equal(["tel:0120999373", "tel:0113303000"], urls);
        Assert.Contains(FreeDial, json.ToString(), StringComparison.Ordinal);
        Assert.Contains(MobilePaid, replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsGetsTheAdaptiveCardWithoutCallActionsAndTheNumbersAsText()
    {
        var replies = await HandoffOnAsync("msteams");

        var card = replies.HandoffCard()!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var json = JObject.FromObject(card.Content);
        Assert.Null(json["actions"]);
        Assert.Contains(FreeDial, json.ToString(), StringComparison.Ordinal);
        Assert.Contains(MobilePaid, replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlackGetsAHeroCardWithTheNumbersInItsText()
    {
        var replies = await HandoffOnAsync("slack");

        var card = replies.HandoffCard()!;
        Assert.Equal(HeroCard.ContentType, card.ContentType);
        var hero = JObject.FromObject(card.Content).ToObject<HeroCard>()!;
        Assert.Contains(FreeDial, hero.Text, StringComparison.Ordinal);
        Assert.Contains(MobilePaid, hero.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandoffEventCarriesTheSymptomSummaryAndTranscript()
    {
        var replies = await HandoffOnAsync("directline");

        var handoff = (IEventActivity)replies.HandoffEvent()!;
        var context = JObject.FromObject(handoff.Value);
        Assert.Equal("human_agent", (string?)context["symptom"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)context["summary"]));
        var transcript = ((Activity)handoff).Attachments.Single(a => a.ContentType == "application/json").Content;
        Assert.Contains("オペレーターと話したい", JObject.FromObject(transcript).ToString(), StringComparison.Ordinal);
    }
}
