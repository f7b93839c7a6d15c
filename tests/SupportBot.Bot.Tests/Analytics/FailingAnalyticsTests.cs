using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Logging;

namespace SupportBot.Bot.Tests.Analytics;

/// <summary>Issue 17: when the facts cannot be written, people are still answered, and the operator reads one error, not one a turn.</summary>
public sealed class FailingAnalyticsTests : IAsyncLifetime
{
    private readonly CollectingSink _logs = new();
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _bot = new BotHost(configureServices: services => services.AddSingleton<ILogEventSink>(_logs)).Start();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task EveryTurnIsAnsweredWhileFactsFailAndTheFailureIsLoggedOnceThenRecovery()
    {
        var user = new EmulatorClient(_bot.CreateLoopbackClient(), _sink.ServiceUrl);
        await user.SendAsync(user.Message("パスワードを忘れました")); // creates the tables, trains the models
        await Writer().FlushAsync(CancellationToken.None);
        await ExecuteAsync("CREATE TRIGGER facts_full BEFORE INSERT ON supportbot_conversations BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END");

        foreach (var text in new[] { "はい", "できませんでした", "ありがとう" })
        {
            var before = _sink.Received.Count;
            using var response = await user.PostAsync(user.Message(text));
            Assert.True(response.IsSuccessStatusCode);
            Assert.True(_sink.Received.Count > before, $"no reply to «{text}»");
            await Writer().FlushAsync(CancellationToken.None);
        }

        var errors = _logs.Events.Where(e => e.Level >= LogEventLevel.Error).ToList();
        var error = Assert.Single(errors);
        Assert.Contains("Analytics", error.RenderMessage(), StringComparison.Ordinal);
        Assert.True(Writer().Dropped >= 3);

        await ExecuteAsync("DROP TRIGGER facts_full");
        await user.SendAsync(user.Message("パスワードを忘れました"));
        await Writer().FlushAsync(CancellationToken.None);
        Assert.Contains(_logs.Events, e => e.Level == LogEventLevel.Information && e.RenderMessage().Contains("writing facts again", StringComparison.Ordinal));
        Assert.Single(_logs.Events, e => e.Level >= LogEventLevel.Error);
    }

    private ConversationFactsWriter Writer() => _bot.Services.GetRequiredService<ConversationFactsWriter>();

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_bot.DataDirectory!, "supportbot.db"), Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
