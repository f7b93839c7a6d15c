using System.Net;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

public sealed class ConversationFlowTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public Task InitializeAsync()
    {
        _host = DirectLineTestHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StartingAConversationAnswers201WithATokenAndAStreamUrlAndTheBotGreetsServerSide()
    {
        var client = DirectLineTestHost.Client(_host);

        var started = await client.StartAsync();

        var conversationId = (string)started["conversationId"]!;
        Assert.False(string.IsNullOrEmpty((string?)started["token"]));
        Assert.Equal(3600, (int)started["expires_in"]!);
        Assert.StartsWith($"ws://{_host.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream", (string)started["streamUrl"]!, StringComparison.Ordinal);

        var greeting = await client.WaitForActivitiesAsync(conversationId, 2);
        Assert.Equal(2, greeting.Count);
        Assert.All(greeting, activity =>
        {
            Assert.Equal("message", (string?)activity["type"]);
            Assert.Equal("bot", (string?)activity["from"]!["role"]);
            Assert.NotNull(activity["timestamp"]);
        });
        var (welcome, menu) = (greeting[0], greeting[1]);
        Assert.Equal(BotContent.Japanese("welcome"), (string?)welcome["text"]);
        Assert.Equal($"{conversationId}|0000001", (string?)welcome["id"]);
        Assert.Equal(BotContent.Japanese("menu.prompt"), (string?)menu["text"]);
        Assert.Equal($"{conversationId}|0000002", (string?)menu["id"]);
        Assert.Equal(
            new[] { "forgot_password", "forgot_email", "cache_cookie", "account_hijack", "human_agent" }.Select(label => BotContent.Japanese($"menu.choice.{label}")),
            menu["suggestedActions"]!["actions"]!.Select(action => (string?)action["title"]));
    }

    [Fact]
    public async Task PostedMessageIsEchoedUnchangedWithItsClientActivityIdBeforeTheBotsReply()
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;

        var typed = BotContent.English("menu.choice.forgot_password");
        var (status, posted) = await client.PostAsync(conversationId, DirectLineClient.Message(typed, "client-1", locale: "en-US"));

        Assert.Equal(HttpStatusCode.OK, status);
        var activities = await client.WaitForActivitiesAsync(conversationId, 4);
        var echo = activities[2];
        Assert.Equal((string?)posted["id"], (string?)echo["id"]);
        Assert.Equal(typed, (string?)echo["text"]);
        Assert.Equal("client-1", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("dl_tester1", (string?)echo["from"]!["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal("directline", (string?)echo["channelId"]);
        Assert.Equal(conversationId, (string?)echo["conversation"]!["id"]);

        var reply = activities[3];
        Assert.Equal((string?)echo["id"], (string?)reply["replyToId"]);
        Assert.Equal("en-US", (string?)reply["locale"]);
        Assert.Equal(BotContent.English("password.ask_email_known"), (string?)reply["text"]); // English, though the greeting was Japanese
    }

    [Fact]
    public async Task PollingWithAWatermarkReturnsOnlyWhatCameAfterIt()
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;
        var (_, first) = await client.PollAsync(conversationId);
        Assert.Equal("2", (string?)first["watermark"]);

        var typed = BotContent.Japanese("menu.choice.forgot_password");
        await client.PostAsync(conversationId, DirectLineClient.Message(typed, "client-2"));
        var (_, next) = await client.PollAsync(conversationId, (string?)first["watermark"]);
        var (_, nothingNew) = await client.PollAsync(conversationId, (string?)next["watermark"]);

        Assert.Equal(["user", "bot"], next["activities"]!.Select(a => (string?)a["from"]!["role"]));
        Assert.Equal(typed, (string?)next["activities"]![0]!["text"]);
        Assert.Equal("4", (string?)next["watermark"]);
        Assert.Empty(nothingNew["activities"]!);
        Assert.Equal("4", (string?)nothingNew["watermark"]);
    }

    [Fact]
    public async Task AReloadedPageThatPollsFromTheStartSeesTheWholeHistory()
    {
        var first = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await first.StartAsync())["conversationId"]!;
        var typed = BotContent.Japanese("menu.choice.forgot_password");
        await first.PostAsync(conversationId, DirectLineClient.Message(typed, "client-3"));

        var reloaded = DirectLineTestHost.Client(_host, first.Bearer);
        var (status, resumed) = await reloaded.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=");
        var history = await reloaded.WaitForActivitiesAsync(conversationId, 4);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, (string?)resumed["conversationId"]);
        Assert.Equal(
            [BotContent.Japanese("welcome"), BotContent.Japanese("menu.prompt"), typed, BotContent.Japanese("password.ask_email_known")],
            history.Select(a => (string?)a["text"]));
    }

    [Fact]
    public async Task StartingAgainWithTheSameTokenFindsTheConversationAndGreetsNobodyTwice()
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;

        var (status, again) = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", "{}");
        var (_, activities) = await client.PollAsync(conversationId);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, (string?)again["conversationId"]);
        Assert.Equal(
            [BotContent.Japanese("welcome"), BotContent.Japanese("menu.prompt")],
            activities["activities"]!.Select(a => (string?)a["text"]));
    }

    [Fact]
    public async Task BotiumStyleClientUsingTheSecretOnEveryCallCanChat()
    {
        var botium = DirectLineTestHost.Client(_host);
        var (startStatus, started) = await botium.SendAsync(HttpMethod.Post, "v3/directline/conversations");
        botium.Bearer = DirectLineTestHost.Secret; // Botium ignores the returned token
        var conversationId = (string)started["conversationId"]!;

        var (sessionStatus, _) = await botium.SendAsync(HttpMethod.Get, "v3/directline/session/getsessionid");
        var (postStatus, _) = await botium.PostAsync(conversationId, DirectLineClient.Message("hi", "botium-1"));
        var activities = await botium.WaitForActivitiesAsync(conversationId, 4);

        Assert.Equal(HttpStatusCode.Created, startStatus);
        Assert.Equal(HttpStatusCode.OK, sessionStatus);
        Assert.Equal(HttpStatusCode.OK, postStatus);
        Assert.Equal("botium-1", (string?)activities[2]["channelData"]!["clientActivityID"]);
        Assert.Equal("bot", (string?)activities[3]["from"]!["role"]);
        Assert.Equal((string?)activities[2]["id"], (string?)activities[3]["replyToId"]);
    }

    [Fact]
    public async Task TokenFromGenerateStartsTheConversationItWasIssuedFor()
    {
        var client = DirectLineTestHost.Client(_host);
        var (status, generated) = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", """{"user":{"id":"dl_generated"}}""");
        client.Bearer = (string)generated["token"]!;

        var (startStatus, started) = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.Created, startStatus);
        Assert.Equal((string?)generated["conversationId"], (string?)started["conversationId"]);
    }

    [Fact]
    public async Task MessageOnAnUnknownConversationIsAnswered404()
    {
        var client = DirectLineTestHost.Client(_host);

        var (status, body) = await client.PostAsync("no-such-conversation", DirectLineClient.Message("hi", "c"));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("NotFound", (string?)body["error"]!["code"]);
    }

    [Fact]
    public async Task PageIsServedWithTheWebChatBundleFromTheBotItself()
    {
        using var http = _host.CreateLoopbackClient();

        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        using var bundle = await http.GetAsync(new Uri("/lib/webchat.js", UriKind.Relative));
        var texts = JObject.Parse(await http.GetStringAsync(new Uri("/content/page-texts.json", UriKind.Relative)));

        Assert.Contains("<script src=\"lib/webchat.js\"></script>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000, "the full Web Chat bundle (cards included), not webchat-minimal");
        Assert.Equal(
            ((JObject)texts["ja"]!).Properties().Select(p => p.Name),
            ((JObject)texts["en"]!).Properties().Select(p => p.Name));
    }
}
