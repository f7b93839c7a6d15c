using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

public sealed class EchoRedactionTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public Task InitializeAsync()
    {
        _host = DirectLineTestHost.Start(settings: new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CardNumberInAPostedMessageIsKeptRedactedInTheEchoWhileTheBotStillSeesItAndWarns()
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;
        var greeting = (await client.WaitForActivitiesAsync(conversationId, 1)).Count;

        await client.PostAsync(conversationId, DirectLineClient.Message("カードは 4111 1111 1111 1111 です", "card-1"));
        var activities = await client.WaitForActivitiesAsync(conversationId, greeting + 2);

        var echo = Assert.Single(activities, a => (string?)a["channelData"]?["clientActivityID"] == "card-1");
        Assert.Equal("カードは [redacted:card] です", (string?)echo["text"]);
        var replies = activities.SkipWhile(a => a != echo).Skip(1).Select(a => (string?)a["text"]).ToList();
        Assert.Contains(replies, text => text?.Contains("カード番号", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(activities, a => a.ToString().Contains("1111", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SecretsInValueChannelDataAndAttachmentsAreNeitherStoredNorReturnedWhileWebChatsIdsAreKept()
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;
        var greeting = (await client.WaitForActivitiesAsync(conversationId, 1)).Count;

        var (status, _) = await client.PostAsync(conversationId, new
        {
            type = "message",
            text = "こんにちは",
            from = new { id = "dl_tester1", role = "user" },
            value = new { note = "my card is 4532015112830366", card = 4532015112830366 },
            channelData = new { clientActivityID = "c-secret-1", note = "password=letmein99", nested = new[] { new { mail = "taro@example.com" } } },
            attachments = new[] { new { contentType = "application/json", name = "card 4532015112830366.txt", content = new { text = "password=letmein99" } } },
        });
        var activities = await client.WaitForActivitiesAsync(conversationId, greeting + 2);
        var history = string.Join("\n", activities.Select(a => a.ToString()));

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        var echo = Assert.Single(activities, a => (string?)a["channelData"]?["clientActivityID"] == "c-secret-1");
        Assert.Equal("こんにちは", (string?)echo["text"]);
        Assert.Equal(JTokenType.Object, echo["value"]!.Type);
        foreach (var secret in new[] { "4532015112830366", "letmein99", "taro@example.com" })
        {
            Assert.DoesNotContain(secret, history, StringComparison.Ordinal);
        }
    }
}
