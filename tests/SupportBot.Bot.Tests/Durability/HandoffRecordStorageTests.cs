using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Durability;

/// <summary>Handoff and outcome records land in the configured store, without what the user typed by mistake.</summary>
public sealed class HandoffRecordStorageTests : BotProcessTest
{
    private const string CardNumber = "4111 1111 1111 1111";

    [Fact]
    public async Task HandoffIsRecordedInTheSqliteFileAndACardNumberTypedEarlierIsNowhereInTheFilesOrTheLogs()
    {
        var dataDirectory = DataDirectory;
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string> { ["Storage__DataDirectory"] = dataDirectory });
        using var http = bot.CreateClient();
        var emulator = new EmulatorClient(http, Sink.ServiceUrl);

        await emulator.SendAsync(emulator.ConversationUpdate(emulator.User, emulator.Bot));
        await emulator.SendAsync(emulator.Message("パスワードを忘れてしまいました"));
        await emulator.SendAsync(emulator.Message($"カード番号は {CardNumber} です"));
        var request = await emulator.SendAsync(emulator.Message("人と話したい"));

        var handoff = Assert.Single(Sink.Received, a => a.ReplyToId == request.Id && a.Type == ActivityTypes.Event && a.Name == "handoff.initiate");
        var handoffId = (string)JObject.FromObject(handoff.Value)["handoffId"]!;
        var stored = await ReadItemsAsync(Database.Path, "handoff/%");
        var record = Assert.Single(stored, item => item.Key == $"handoff/{handoffId}").Value;
        Assert.Contains(emulator.ConversationId, record, StringComparison.Ordinal);
        Assert.Single(await ReadItemsAsync(Database.Path, $"outcome/emulator/{emulator.ConversationId}/%"));

        await bot.KillAsync();
        string[] forms = [CardNumber, CardNumber.Replace(" ", string.Empty, StringComparison.Ordinal)];
        foreach (var file in Directory.GetFiles(dataDirectory))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.All(forms, form => Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(form))));
        }

        Assert.NotEmpty(bot.Output);
        Assert.All(forms, form => Assert.DoesNotContain(bot.Output, line => line.Contains(form, StringComparison.Ordinal)));
    }

    private static async Task<List<KeyValuePair<string, string>>> ReadItemsAsync(string databaseFile, string keyPattern)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT item_key, item_value FROM supportbot_items WHERE item_key LIKE @pattern";
        command.Parameters.AddWithValue("@pattern", keyPattern);
        var items = new List<KeyValuePair<string, string>>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new(reader.GetString(0), reader.GetString(1)));
        }

        return items;
    }
}
