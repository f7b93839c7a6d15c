using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

public sealed class ActivityCopyTests
{
    [Fact]
    public void CopyCarriesEverythingThePromptSays()
    {
        var prompt = Prompt();

        var copy = ActivityCopy.Of(prompt);

        Assert.True(JToken.DeepEquals(JObject.FromObject(prompt), JObject.FromObject(copy)));
        Assert.NotSame(prompt, copy);
    }

    [Fact]
    public void WhatSendingStampsOnTheCopyNeverReachesTheStoredPrompt()
    {
        var prompt = Prompt();
        var stored = JObject.FromObject(prompt);

        var copy = ActivityCopy.Of(prompt);
        copy.Id = "reply-1";
        copy.Conversation = new ConversationAccount(id: "conversation-1");
        copy.Entities.Add(new Entity("clientInfo"));
        copy.Attachments.Clear();

        Assert.True(JToken.DeepEquals(stored, JObject.FromObject(prompt)), JObject.FromObject(prompt).ToString());
    }

    [Fact]
    public void MissingListsStayMissing()
    {
        var copy = ActivityCopy.Of(new Activity(ActivityTypes.Message, text: "hi"));

        Assert.Null(copy.MembersAdded);
        Assert.Equal("hi", copy.Text);
    }

    private static Activity Prompt() => new()
    {
        Type = ActivityTypes.Message,
        Text = "ログインできましたか？",
        Speak = "ログインできましたか",
        Locale = "ja-JP",
        InputHint = InputHints.ExpectingInput,
        Attachments = [new Attachment("application/vnd.microsoft.card.hero", content: new HeroCard(title: "t"))],
        Entities = [],
        SuggestedActions = new SuggestedActions(actions: [new CardAction(ActionTypes.ImBack, "はい", value: "はい")]),
        ChannelData = JObject.Parse("""{"k":"v"}"""),
    };
}
