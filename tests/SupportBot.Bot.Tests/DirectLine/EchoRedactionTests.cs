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
}
