using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Resilience;

/// <summary>A channel that refuses, throttles and hangs on a share of replies still gets each reply once, in order.</summary>
public sealed class FlakyChannelTests : IAsyncLifetime
{
    private static readonly string[] Conversation = ["パスワードを忘れてしまいました", "はい", "できた", "5"];

    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private readonly ConcurrentDictionary<string, int> _faults = new();
    private ChannelSink _healthy = null!;
    private ChannelSink _flaky = null!;
    private BotHost _bot = null!;
    private int _activities;

    public async Task InitializeAsync()
    {
        _healthy = await ChannelSink.StartAsync();
        _flaky = await ChannelSink.StartAsync();
        _flaky.DeduplicateById = true;
        _flaky.Interceptor = MisbehaveAsync;
        _bot = new BotHost(new Dictionary<string, string?>
        {
            ["Channel:Resilience:RetryDelay"] = "00:00:00.020",
            ["Channel:Resilience:AttemptTimeout"] = "00:00:00.500",
            ["Channel:Resilience:MaxRetryAttempts"] = "5",
            ["Channel:Resilience:MinimumThroughput"] = "1000",
        }).Start();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _flaky.DisposeAsync();
        await _healthy.DisposeAsync();
    }

    [Fact]
    public async Task EveryReplyArrivesExactlyOnceAndInOrderDespite503s429sAndHangs()
    {
        var expected = await HaveConversationAsync(_healthy);

        var actual = await HaveConversationAsync(_flaky);

        Assert.Equal(expected, actual);
        Assert.Equal(actual.Count, _flaky.Received.Select(a => a.Id).Distinct().Count());
        Assert.True(_faults.Keys.Order().SequenceEqual(["429", "503", "hang"]), string.Join(",", _faults.Keys));
        Assert.True(_flaky.DuplicatesIgnored > 0, "a hung request the channel had already taken must be retried under the same id");
    }

    /// <summary>The texts and types the channel received, in order, for the whole conversation.</summary>
    private async Task<List<string>> HaveConversationAsync(ChannelSink channel)
    {
        using var http = _bot.CreateLoopbackClient();
        var emulator = new EmulatorClient(http, channel.ServiceUrl);
        await emulator.SendAsync(emulator.ConversationUpdate(emulator.User, emulator.Bot));
        foreach (var text in Conversation)
        {
            // Each POST returns once the turn has sent (and, here, retried) all its replies.
            await emulator.SendAsync(emulator.Message(text));
        }

        return channel.Received.Select(a => $"{a.Type}:{a.Text}:{a.SuggestedActions?.Actions.Count}").ToList();
    }

    /// <summary>
    /// The first attempt of each activity: every fourth answers 503, the next 429 with Retry-After,
    /// the next takes the activity and then hangs past the bot's attempt timeout; the rest succeed.
    /// </summary>
    private async Task<IResult?> MisbehaveAsync(Activity activity, HttpContext context)
    {
        if (_attempts.AddOrUpdate(activity.Id, 1, (_, n) => n + 1) > 1)
        {
            return null;
        }

        switch (Interlocked.Increment(ref _activities) % 4)
        {
            case 1:
                _faults.TryAdd("503", 0);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case 2:
                _faults.TryAdd("429", 0);
                context.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            case 3:
                _faults.TryAdd("hang", 0);
                _flaky.Take(activity);
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.Ok();
            default:
                return null;
        }
    }
}
