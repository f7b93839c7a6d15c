using Microsoft.Data.Sqlite;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

public sealed class SqliteStorageTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task TheDatabaseFileIsInWalModeOnceInitialised()
    {
        using var storage = new SqliteStorage(_file.Path, TimeProvider.System);
        await storage.InitializeAsync();

        await using var connection = new SqliteConnection($"Data Source={_file.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ManySimultaneousWritersInOneProcessAllSucceedAndEveryItemIsStored()
    {
        using var storage = new SqliteStorage(_file.Path, TimeProvider.System);
        await storage.InitializeAsync();

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => storage.WriteAsync(
            new Dictionary<string, object> { [$"key-{i}"] = new CounterItem { Count = i, ETag = "*" } }))));

        var read = await storage.ReadAsync(Enumerable.Range(0, 200).Select(i => $"key-{i}").ToArray());
        Assert.Equal(200, read.Count);
        Assert.Equal(199, ((CounterItem)read["key-199"]).Count);
    }

    [Fact]
    public async Task WritersInTwoStoresOnTheSameFileBothCommitEveryWrite()
    {
        // A second store stands in for a second process: it does not share the in-process writer gate.
        using var first = new SqliteStorage(_file.Path, TimeProvider.System);
        using var second = new SqliteStorage(_file.Path, TimeProvider.System);
        await first.InitializeAsync();

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).WriteAsync(
            new Dictionary<string, object> { [$"key-{i}"] = new CounterItem { Count = i } }))));

        Assert.Equal(100, (await second.ReadAsync(Enumerable.Range(0, 100).Select(i => $"key-{i}").ToArray())).Count);
    }

    public void Dispose() => _file.Dispose();
}
