using Microsoft.Data.Sqlite;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Durability;

/// <summary>Issue 17: facts the background writer has committed survive the process being killed (SIGKILL, no shutdown).</summary>
public sealed class FactsDurabilityTests : BotProcessTest
{
    [Fact]
    public async Task FactsWrittenBeforeAKillAreAllThereAfterIt()
    {
        var settings = new Dictionary<string, string> { ["Storage__DataDirectory"] = DataDirectory };
        var conversationId = $"facts-{Guid.NewGuid():N}";
        await using (var bot = await BotProcess.StartAsync(settings))
        {
            using var http = bot.CreateClient();
            var user = new EmulatorClient(http, Sink.ServiceUrl, conversationId);
            await user.SendAsync(user.Message("パスワードを忘れてしまいました"));
            await user.SendAsync(user.Message("はい"));
            await user.SendAsync(user.Message("できました"));

            // The writer commits every half second; wait until it has, as an operator's console would see it.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (await TurnsAsync(conversationId) < 3 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.Equal(3, await TurnsAsync(conversationId));
            await bot.KillAsync();
        }

        Assert.Equal(3, await TurnsAsync(conversationId));
        Assert.Equal("resolved", await OutcomeAsync(conversationId));
        Assert.True(await TranscriptLinesAsync(conversationId) >= 6);
    }

    private Task<long> TurnsAsync(string conversationId) => ScalarAsync<long>("SELECT COALESCE(MAX(turns), 0) FROM supportbot_conversations WHERE conversation_id = @id", conversationId);

    private Task<string> OutcomeAsync(string conversationId) => ScalarAsync<string>("SELECT outcome FROM supportbot_conversations WHERE conversation_id = @id", conversationId);

    private Task<long> TranscriptLinesAsync(string conversationId) => ScalarAsync<long>("SELECT COUNT(*) FROM supportbot_transcript_lines WHERE conversation_id = @id", conversationId);

    private async Task<T> ScalarAsync<T>(string sql, string conversationId)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database.Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@id", conversationId);
        try
        {
            return (T)(await command.ExecuteScalarAsync())!;
        }
        catch (SqliteException) when (typeof(T) == typeof(long))
        {
            return (T)(object)0L; // the tables are not created yet
        }
    }
}
