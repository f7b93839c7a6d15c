using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Analytics.Queries;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Storage;

namespace SupportBot.Bot.Tests.Analytics;

/// <summary>
/// Issue 17: no reply waits for the analytics writer. On PostgreSQL the facts table is locked by another session, so
/// the writer is stuck for as long as the test likes; every turn is answered all the same, and the facts arrive once the
/// lock goes. (If a reply waited for the writer, this test would never finish.)
/// </summary>
public sealed class StuckAnalyticsTests
{
    [SkippableFact]
    public async Task RepliesGoOnWhileTheFactsTableIsLockedAndTheFactsFollowWhenItIsFree()
    {
        var connectionString = TestPostgres.ConnectionString();
        await using var sink = await ChannelSink.StartAsync();
        await using var bot = new BotHost(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
        }).Start();
        var user = new EmulatorClient(bot.CreateLoopbackClient(), sink.ServiceUrl);
        await user.SendAsync(user.Message("パスワードを忘れました")); // migrates the schema, trains the models
        var writer = bot.Services.GetRequiredService<ConversationFactsWriter>();
        await writer.FlushAsync(CancellationToken.None);

        await using (var locker = new NpgsqlConnection(connectionString))
        {
            await locker.OpenAsync();
            await using var transaction = await locker.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand($"LOCK TABLE {FactsTables.Conversations} IN ACCESS EXCLUSIVE MODE", locker, transaction))
            {
                await lockTable.ExecuteNonQueryAsync();
            }

            foreach (var text in new[] { "はい", "できました", "5" })
            {
                var before = sink.Received.Count;
                await user.SendAsync(user.Message(text));
                Assert.True(sink.Received.Count > before, $"no reply to «{text}» while the facts table was locked");
            }

            await transaction.RollbackAsync();
        }

        await writer.FlushAsync(CancellationToken.None);
        var detail = await bot.Services.GetRequiredService<ConversationFactsQueries>().ConversationAsync("emulator", user.ConversationId, CancellationToken.None);
        Assert.Equal(4, detail!.Facts.Turns);
        Assert.Equal("resolved", detail.Facts.Outcome);
        Assert.Equal(5, detail.Facts.Rating);
    }
}
