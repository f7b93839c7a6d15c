using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Logging;

namespace SupportBot.Bot.Tests.Resilience;

/// <summary>A channel that stays down fails the turn cleanly; once it is back the conversation goes on.</summary>
public sealed class DownChannelTests : IAsyncLifetime
{
    private readonly CollectingSink _logs = new();
    private ChannelSink _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await ChannelSink.StartAsync();
        _bot = new BotHost(
            new Dictionary<string, string?>
            {
                ["Channel:Resilience:RetryDelay"] = "00:00:00.010",
                ["Channel:Resilience:MaxRetryAttempts"] = "2",
                ["Channel:Resilience:MinimumThroughput"] = "2",
                ["Channel:Resilience:BreakDuration"] = "00:00:00.500",
            },
            services => services.AddSingleton<ILogEventSink>(_logs)).Start();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task TurnFailsCleanlyIsLoggedOnceAndTheConversationWorksAfterRecovery()
    {
        using var http = _bot.CreateLoopbackClient();
        var emulator = new EmulatorClient(http, _channel.ServiceUrl) { ChannelId = "test" };
        await emulator.SendAsync(emulator.ConversationUpdate(emulator.User, emulator.Bot));
        var greetingCount = _channel.Received.Count;

        _channel.Responder = _ => StatusCodes.Status503ServiceUnavailable;
        using var failed = await emulator.PostAsync(emulator.Message("パスワードを忘れてしまいました"));

        Assert.True(failed.IsSuccessStatusCode || (int)failed.StatusCode >= 500, $"{failed.StatusCode}");
        Assert.Equal(greetingCount, _channel.Received.Count);

        // The response can be on its way before the log pipeline has handed the event on.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!_logs.Events.Any(e => e.Level >= LogEventLevel.Error) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var errors = _logs.Events.Where(e => e.Level >= LogEventLevel.Error).ToList();
        Assert.Single(errors);

        _channel.Responder = _ => StatusCodes.Status200OK;
        await Task.Delay(TimeSpan.FromSeconds(1));
        var retried = await emulator.SendAsync(emulator.Message("パスワードを忘れてしまいました"));
        var replies = _channel.Received.Skip(greetingCount).ToList();

        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.Equal(retried.Id, r.ReplyToId));
        Assert.Contains(replies, r => r.Type == ActivityTypes.Message && r.SuggestedActions?.Actions.Count > 0);
        Assert.Single(_logs.Events, e => e.Level >= LogEventLevel.Error);
    }
}
