using System.Net.WebSockets;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

public sealed class StreamTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
    /// <summary>A menu button's title: picked without the classifier, so the reply is always the first question of that flow.</summary>
    private static readonly string MenuChoice = BotContent.Japanese("menu.choice.forgot_password");

    private BotHost _host = null!;

    public Task InitializeAsync()
    {
        _host = DirectLineTestHost.Start(_time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StreamPushesTheGreetingThenEachEchoAndReplyWithStringWatermarks()
    {
        var client = DirectLineTestHost.Client(_host);
        var started = await client.StartAsync();
        var conversationId = (string)started["conversationId"]!;
        await using var stream = await DirectLineStreamClient.ConnectAsync((string)started["streamUrl"]!);

        var (greeting, afterGreeting) = await stream.ReceiveActivitiesAsync(2);
        await client.PostAsync(conversationId, DirectLineClient.Message(MenuChoice, "stream-1"));
        var (turn, afterTurn) = await stream.ReceiveActivitiesAsync(2);

        Assert.Equal([BotContent.Japanese("welcome"), BotContent.Japanese("menu.prompt")], greeting.Select(a => (string?)a["text"]));
        Assert.All(greeting, a => Assert.Equal("bot", (string?)a["from"]!["role"]));
        Assert.Equal("2", afterGreeting);
        Assert.Equal(2, turn.Count);
        Assert.Equal("stream-1", (string?)turn[0]["channelData"]!["clientActivityID"]);
        Assert.Equal((string?)turn[0]["id"], (string?)turn[1]["replyToId"]);
        Assert.Equal(BotContent.Japanese("password.ask_email_known"), (string?)turn[1]["text"]);
        Assert.Equal("4", afterTurn);
    }

    [Fact]
    public async Task ReconnectingWithTheLastWatermarkResumesAfterItWithoutRepeats()
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;
        await client.PostAsync(conversationId, DirectLineClient.Message(MenuChoice, "r-1"));
        await client.WaitForActivitiesAsync(conversationId, 4);

        // The connection dropped after the greeting (watermark 2); the echo and the reply arrived meanwhile.
        var (status, resumed) = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=2");
        await using var stream = await DirectLineStreamClient.ConnectAsync((string)resumed["streamUrl"]!);
        var (missed, watermark) = await stream.ReceiveActivitiesAsync(2);

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Contains("watermark=2", (string?)resumed["streamUrl"], StringComparison.Ordinal);
        Assert.Equal([$"{conversationId}|0000003", $"{conversationId}|0000004"], missed.Select(a => (string?)a["id"]));
        Assert.Equal("4", watermark);
    }

    [Fact]
    public async Task IdleStreamGetsAnEmptyKeepAliveMessageEveryInterval()
    {
        var client = DirectLineTestHost.Client(_host);
        var started = await client.StartAsync();
        await using var stream = await DirectLineStreamClient.ConnectAsync((string)started["streamUrl"]!);
        await stream.ReceiveActivitiesAsync(2); // the greeting: welcome and menu

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
