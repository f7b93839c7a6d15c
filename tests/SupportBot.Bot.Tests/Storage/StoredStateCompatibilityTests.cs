using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Flows.Cases;
using SupportBot.Dialogs.State;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>
/// Issue 16: a conversation stored before the state catalogue (captured from the SQLite file of a real Direct Line
/// conversation on 2026-12-02: greeting, 「パスワードを忘れました」, "iPhone") loads whole through it.
/// </summary>
public sealed class StoredStateCompatibilityTests : IDisposable
{
    private const string ConversationId = "jrbiJetk1g5NBNR6MiYxwA";
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "conversation-state-2026-12-02.json");

    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task ConversationStoredInTodaysFormatLoadsEveryPropertyThroughTheCatalogue()
    {
        using var storage = new SqliteStorage(_file.Path, TimeProvider.System);
        await storage.InitializeAsync();
        await StoreAsync($"directline/conversations/{ConversationId}", await File.ReadAllTextAsync(Fixture));
        var state = new ConversationStateCatalogue(new TrackedConversationState(new ConcurrencyCheckedStateStorage(storage)));

        string? language = null;
        ConversationProfile? profile = null;
        SupportCase? supportCase = null;
        int? transcriptLines = null;
        string? openDialog = null;
        await TurnAsync(async (turn, ct) =>
        {
            language = await state.Language.GetAsync(turn, () => null!, ct);
            profile = await state.Profile.GetAsync(turn, null, ct);
            supportCase = await state.Case.GetAsync(turn, null, ct);
            transcriptLines = (await state.Transcript.GetAsync(turn, null, ct))?.Lines.Count;
            openDialog = (await state.Dialogs.GetAsync(turn, null, ct))?.DialogStack[0].Id;
        });

        Assert.Equal("ja", language);
        Assert.Equal(["dl_e2db1184d10c6cf2"], profile?.WelcomedUserIds);
        Assert.Equal("forgot_password", supportCase?.Symptom);
        Assert.Equal("iphone", supportCase?.Device);
        Assert.Equal(4, transcriptLines);
        Assert.Equal("MainDialog", openDialog);
    }

    [Fact]
    public async Task ConversationStoredInTodaysFormatIsSavedBackAndStillLoads()
    {
        using var storage = new SqliteStorage(_file.Path, TimeProvider.System);
        await storage.InitializeAsync();
        await StoreAsync($"directline/conversations/{ConversationId}", await File.ReadAllTextAsync(Fixture));
        var tracked = new TrackedConversationState(new ConcurrencyCheckedStateStorage(storage));
        var state = new ConversationStateCatalogue(tracked);

        await TurnAsync(async (turn, ct) =>
        {
            (await state.Profile.GetAsync(turn, null, ct)).WelcomedUserIds.Add("second-user");
            await tracked.SaveChangesAsync(turn, force: false, ct);
        });
        ConversationProfile? reloaded = null;
        await TurnAsync(async (turn, ct) => reloaded = await state.Profile.GetAsync(turn, null, ct));

        Assert.Equal(["dl_e2db1184d10c6cf2", "second-user"], reloaded?.WelcomedUserIds.Order());
    }

    public void Dispose() => _file.Dispose();

    private static async Task TurnAsync(Func<ITurnContext, CancellationToken, Task> body)
    {
        var adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = "directline",
            Conversation = new ConversationAccount(id: ConversationId),
            User = new ChannelAccount("dl_e2db1184d10c6cf2"),
            Bot = new ChannelAccount("bot"),
            ServiceUrl = "https://directline.invalid/",
        });
        await adapter.ProcessActivityAsync((Activity)adapter.MakeActivity("hello"), (turn, ct) => body(turn, ct), CancellationToken.None);
    }

    private async Task StoreAsync(string key, string json)
    {
        await using var connection = new SqliteConnection($"Data Source={_file.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {StorageSchema.ItemsTable} (item_key, item_value, etag, updated_at_ms) VALUES (@key, @value, 'captured', @now)";
        command.Parameters.AddWithValue("@key", key);
        command.Parameters.AddWithValue("@value", json);
        command.Parameters.AddWithValue("@now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync();
    }
}
