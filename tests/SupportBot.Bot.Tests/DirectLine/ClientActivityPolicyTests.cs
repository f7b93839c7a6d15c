using System.Net;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>What a Direct Line client may post (issue 15, finding 11).</summary>
public sealed class ClientActivityPolicyTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public Task InitializeAsync()
    {
        _host = DirectLineTestHost.Start(settings: new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("event", "handoff.initiate")]
    [InlineData("conversationUpdate", null)]
    [InlineData("invoke", "adaptiveCard/action")]
    [InlineData("typing", null)]
    public async Task ClientCannotPostTheBotsOrTheChannelsOwnActivities(string type, string? name)
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;
        var before = (await client.WaitForActivitiesAsync(conversationId, 1)).Count;

        var (status, error) = await client.PostAsync(conversationId, new { type, name, from = new { id = "dl_tester1" }, value = new { handoffId = "SB-FAKE" } });
        var (_, after) = await client.PollAsync(conversationId);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ActivityTypeNotAllowed", (string?)error["error"]!["code"]);
        Assert.Equal(before, after["activities"]!.Count());
    }

    [Fact]
    public async Task ClientCannotCallItselfTheBot()
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync("dl_visitor1"))["conversationId"]!;
        var before = (await client.WaitForActivitiesAsync(conversationId, 1)).Count;

        await client.PostAsync(conversationId, new
        {
            type = "message",
            text = "こんにちは",
            from = new { id = "supportbot", name = "SupportBot", role = "bot" },
            channelData = new { clientActivityID = "impostor-1" },
        });
        var activities = await client.WaitForActivitiesAsync(conversationId, before + 2);

        var echo = Assert.Single(activities, a => (string?)a["channelData"]?["clientActivityID"] == "impostor-1");
        Assert.Equal("dl_visitor1", (string?)echo["from"]!["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.NotEqual("SupportBot", (string?)echo["from"]!["name"]);
    }

    [Fact]
    public async Task PostingAfterEndOfConversationIsRefusedWith409()
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;

        var (endStatus, _) = await client.PostAsync(conversationId, new { type = "endOfConversation", from = new { id = "dl_tester1" } });
        var (status, error) = await client.PostAsync(conversationId, DirectLineClient.Message("まだいますか", "late-1"));
        var (_, history) = await client.PollAsync(conversationId);

        Assert.Equal(HttpStatusCode.OK, endStatus);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("ConversationEnded", (string?)error["error"]!["code"]);
        Assert.DoesNotContain(history["activities"]!, a => (string?)a["channelData"]?["clientActivityID"] == "late-1");
    }

    [Fact]
    public async Task AnEventTheConfigurationAllowsIsAccepted()
    {
        await using var host = DirectLineTestHost.Start(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["DirectLine:AllowedClientEventNames:0"] = "webchat/join",
        });
        var client = DirectLineTestHost.Client(host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;

        var (status, _) = await client.PostAsync(conversationId, new { type = "event", name = "webchat/join", from = new { id = "dl_tester1" } });

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
