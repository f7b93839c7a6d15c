using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>
/// Issue 15, retention: the purge deletes a conversation's data once it is older than
/// <c>Storage:RetentionDays</c> and keeps everything fresher, on each SQL store.
/// </summary>
public abstract class RetentionSweeperTests
{
    private protected readonly FakeTimeProvider Time = new(new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero));

    private protected abstract SqlStorage Storage { get; }

    [SkippableFact]
    public async Task PurgeDeletesExpiredConversationDataAndKeepsFreshData()
    {
        var old = Keys(Guid.NewGuid().ToString("N"));
        var fresh = Keys(Guid.NewGuid().ToString("N"));
        var unrelated = $"settings/{Guid.NewGuid():N}";
        await WriteAsync([.. old, unrelated]);
        Time.Advance(TimeSpan.FromDays(15));
        await WriteAsync(fresh);
        Time.Advance(TimeSpan.FromDays(1));

        var deleted = await Sweeper(retentionDays: 14).PurgeOnceAsync(CancellationToken.None);

        Assert.True(deleted >= old.Length);
        Assert.Empty(await Storage.ReadAsync(old));
        Assert.Equal(fresh.Length, (await Storage.ReadAsync(fresh)).Count);
        Assert.Single(await Storage.ReadAsync([unrelated]));
    }

    [SkippableFact]
    public async Task ConversationWrittenAgainWithinThePeriodIsKept()
    {
        var keys = Keys(Guid.NewGuid().ToString("N"));
        await WriteAsync(keys);
        Time.Advance(TimeSpan.FromDays(10));
        await WriteAsync(keys);
        Time.Advance(TimeSpan.FromDays(10));

        await Sweeper(retentionDays: 14).PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(keys.Length, (await Storage.ReadAsync(keys)).Count);
    }

    /// <summary>One of each kind of item a conversation leaves behind.</summary>
    private static string[] Keys(string id) =>
    [
        $"webchat/conversations/{id}",
        $"directline/users/user-{id}",
        $"directline-conversation/{id}",
        $"directline-activity/{id}/0000000001",
        $"directline-head/{id}",
        $"handoff/{id}",
        $"outcome/webchat/{id}/1736150400000",
    ];

    private async Task WriteAsync(string[] keys) =>
        await Storage.WriteAsync(keys.ToDictionary(key => key, object (_) => new StorageProbe { CheckedAt = Time.GetUtcNow() }));

    private RetentionSweeper Sweeper(int retentionDays) => new(
        Storage, Options.Create(new StorageOptions { RetentionDays = retentionDays }), Time, NullLogger<RetentionSweeper>.Instance);
}

public sealed class SqliteRetentionSweeperTests : RetentionSweeperTests, IDisposable
{
    private readonly TempSqliteFile _file = new();
    private readonly SqliteStorage _storage;

    public SqliteRetentionSweeperTests() => _storage = new SqliteStorage(_file.Path, Time);

    private protected override SqlStorage Storage => _storage;

    public void Dispose()
    {
        _storage.Dispose();
        _file.Dispose();
    }
}

public sealed class PostgresRetentionSweeperTests : RetentionSweeperTests, IDisposable
{
    private readonly PostgresStorage _storage;

    public PostgresRetentionSweeperTests() => _storage = new PostgresStorage(TestPostgres.ConnectionString(), Time);

    private protected override SqlStorage Storage => _storage;

    public void Dispose() => _storage.Dispose();
}
