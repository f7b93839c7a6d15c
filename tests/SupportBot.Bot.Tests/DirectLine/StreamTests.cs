using System.Net.WebSockets;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

public sealed class StreamTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
    private BotHost _host = null!;

    public Task InitializeAsync()
    {
        _host = DirectLineTestHost.Start(_time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StreamPushesTheWelcomeThenEachEchoAndReplyWithStringWatermarks()
    {
        var client = DirectLineTestHost.Client(_host);
        var started = await client.StartAsync();
        var conversationId = (string)started["conversationId"]!;
        await using var stream = await DirectLineStreamClient.ConnectAsync((string)started["streamUrl"]!);

        var (welcome, afterWelcome) = await stream.ReceiveActivitiesAsync(1);
        await client.PostAsync(conversationId, DirectLineClient.Message("こんにちは", "stream-1"));
        var (turn, afterTurn) = await stream.ReceiveActivitiesAsync(2);

        Assert.Equal("bot", (string?)Assert.Single(welcome)["from"]!["role"]);
        Assert.Equal("1", afterWelcome);
        Assert.Equal("stream-1", (string?)turn[0]["channelData"]!["clientActivityID"]);
        Assert.Equal((string?)turn[0]["id"], (string?)turn[1]["replyToId"]);
        Assert.Equal("3", afterTurn);
    }

    [Fact]
    public async Task ReconnectingWithTheLastWatermarkResumesAfterItWithoutRepeats()
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;
        await client.PostAsync(conversationId, DirectLineClient.Message("one", "r-1"));

        // The connection dropped after watermark 1; two more activities arrived meanwhile.
        var (status, resumed) = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=1");
        await using var stream = await DirectLineStreamClient.ConnectAsync((string)resumed["streamUrl"]!);
        var (missed, watermark) = await stream.ReceiveActivitiesAsync(2);

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Contains("watermark=1", (string?)resumed["streamUrl"], StringComparison.Ordinal);
        Assert.Equal([$"{conversationId}|0000002", $"{conversationId}|0000003"], missed.Select(a => (string?)a["id"]));
        Assert.Equal("3", watermark);
    }

    [Fact]
    public async Task IdleStreamGetsAnEmptyKeepAliveMessageEveryInterval()
    {
        var client = DirectLineTestHost.Client(_host);
        var started = await client.StartAsync();
        await using var stream = await DirectLineStreamClient.ConnectAsync((string)started["streamUrl"]!);
        await stream.ReceiveActivitySetAsync();

        var keepAlive = stream.ReceiveTextAsync();
        await WaitUntilAsync(() => keepAlive.IsCompleted, () => _time.Advance(TimeSpan.FromSeconds(15)));

        Assert.Equal(string.Empty, await keepAlive);
    }

    [Fact]
    public async Task StreamTokenForAnotherConversationIsRefused()
    {
        var alice = DirectLineTestHost.Client(_host);
        var aliceStream = (string)(await alice.StartAsync("dl_alice"))["streamUrl"]!;
        var bob = DirectLineTestHost.Client(_host);
        await bob.StartAsync("dl_bob");

        var forged = aliceStream[..aliceStream.IndexOf("&t=", StringComparison.Ordinal)] + "&t=" + bob.Bearer;

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineStreamClient.ConnectAsync(forged));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    // The stream's timer is armed asynchronously after the last send; keep advancing fake time until it fires.
    private static async Task WaitUntilAsync(Func<bool> done, Action step)
    {
        for (var i = 0; i < 100 && !done(); i++)
        {
            step();
            await Task.Delay(50);
        }
    }
}
