using System.Data.Common;
using System.Diagnostics;
using Microsoft.Bot.Builder;
using Polly;
using SupportBot.Bot.Telemetry;

namespace SupportBot.Bot.Storage;

/// <summary>
/// The <see cref="IConditionalStorage"/> contract over one ADO.NET table, shared by SQLite and PostgreSQL
/// (both speak <c>INSERT … ON CONFLICT</c>). A batch of writes is one transaction: all or nothing.
/// A conditional write is a single <c>UPDATE … WHERE etag = @expected</c>, so of several concurrent
/// writers holding the same ETag exactly one succeeds, whichever process they run in.
/// </summary>
internal abstract class SqlStorage : IConditionalStorage, IExpiringStorage
{
    private const string Table = StorageSchema.ItemsTable;

    private readonly ResiliencePipeline _pipeline;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _schemaLock = new();
    private Task? _schema;

    protected SqlStorage(ResiliencePipeline pipeline, TimeProvider timeProvider)
    {
        _pipeline = pipeline;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// When not null, every write (transaction, delete, conditional insert) holds this gate, so writers
    /// of this process queue here rather than inside the database's own lock wait.
    /// </summary>
    protected virtual SemaphoreSlim? WriterGate => null;

    /// <summary>SQL run first in the migration transaction to keep concurrent start-ups apart, if the database needs it.</summary>
    protected virtual string? MigrationLockSql => null;

    /// <summary>Creates or migrates the schema; safe to call from several processes at once.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        lock (_schemaLock)
        {
            // A failed attempt (database not up yet) is retried by the next caller rather than remembered.
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled)
            {
                _schema = _pipeline.ExecuteAsync(
                    async ct =>
                    {
                        await using var connection = await OpenConnectionAsync(ct);
                        await PrepareDatabaseAsync(connection, ct);
                        await StorageSchema.MigrateAsync(connection, MigrationLockSql, _timeProvider, ct);
                    },
                    CancellationToken.None).AsTask();
            }

            return _schema.WaitAsync(cancellationToken);
        }
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await ReadItemsAsync(keys, cancellationToken);
        }
        finally
        {
            SupportBotTelemetry.RecordStorage("read", started);
        }
    }

    private async Task<IDictionary<string, object>> ReadItemsAsync(string[] keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0)
        {
            return found;
        }

        await InitializeAsync(cancellationToken);
        var rows = await _pipeline.ExecuteAsync(
            async ct =>
            {
                await using var connection = await OpenConnectionAsync(ct);
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT item_key, item_value, etag FROM {Table} WHERE item_key IN ({AddKeyParameters(command, keys)})";
                var result = new List<(string Key, string Json, string ETag)>(keys.Length);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    result.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                }

                return result;
            },
            cancellationToken);

        foreach (var (key, json, etag) in rows)
        {
            var value = StorageSerializer.Deserialize(json);
            if (value is IStoreItem item)
            {
                item.ETag = etag;
            }

            if (value is not null)
            {
                found[key] = value;
            }
        }

        return found;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await WriteItemsAsync(changes, cancellationToken);
        }
        finally
        {
            SupportBotTelemetry.RecordStorage("write", started);
        }
    }

    private async Task WriteItemsAsync(IDictionary<string, object> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        await InitializeAsync(cancellationToken);
        var pending = changes.Select(change => PendingWrite.For(change.Key, change.Value)).ToList();
        await ExecuteWriteAsync(
            async (connection, ct) =>
            {
                await using var transaction = await connection.BeginTransactionAsync(ct);
                foreach (var write in pending)
                {
                    await ApplyAsync(connection, transaction, write, ct);
                }

                await transaction.CommitAsync(ct);
                return true;
            },
            cancellationToken);

        foreach (var write in pending)
        {
            if (write.Value is IStoreItem item)
            {
                item.ETag = write.NewETag;
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await DeleteItemsAsync(keys, cancellationToken);
        }
        finally
        {
            SupportBotTelemetry.RecordStorage("delete", started);
        }
    }

    private async Task DeleteItemsAsync(string[] keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await InitializeAsync(cancellationToken);
        await ExecuteWriteAsync(
            async (connection, ct) =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"DELETE FROM {Table} WHERE item_key IN ({AddKeyParameters(command, keys)})";
                return await command.ExecuteNonQueryAsync(ct);
            },
            cancellationToken);
    }

    public Task<int> DeleteWrittenBeforeAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        return DeleteLikeWrittenBeforeAsync(EscapeLike(keyPrefix) + "%", cutoff, cancellationToken);
    }

    public Task<int> DeleteSegmentWrittenBeforeAsync(string segment, DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(segment);
        return DeleteLikeWrittenBeforeAsync("%_/" + EscapeLike(segment) + "/%", cutoff, cancellationToken);
    }

    private async Task<int> DeleteLikeWrittenBeforeAsync(string likePattern, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await ExecuteWriteAsync(
            async (connection, ct) =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"DELETE FROM {Table} WHERE item_key LIKE @pattern ESCAPE '\\' AND updated_at_ms < @cutoff";
                AddParameter(command, "@pattern", likePattern);
                AddParameter(command, "@cutoff", cutoff.ToUnixTimeMilliseconds());
                return await command.ExecuteNonQueryAsync(ct);
            },
            cancellationToken);
    }

    public async Task<bool> TryCreateAsync(string key, object value, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await CreateItemAsync(key, value, cancellationToken);
        }
        finally
        {
            SupportBotTelemetry.RecordStorage("create", started);
        }
    }

    private async Task<bool> CreateItemAsync(string key, object value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        await InitializeAsync(cancellationToken);
        var write = PendingWrite.For(key, value);
        var created = await ExecuteWriteAsync(
            (connection, ct) => InsertIfAbsentAsync(connection, null, write, ct),
            cancellationToken);

        if (created && value is IStoreItem item)
        {
            item.ETag = write.NewETag;
        }

        return created;
    }

    /// <summary>
    /// Runs <paramref name="write"/> on other tables of the same database (the conversation facts) in one transaction,
    /// queued with this store's own writers and retried like them, so it never meets a state write inside the
    /// database's lock wait.
    /// </summary>
    internal async Task<T> WriteInTransactionAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await InitializeAsync(cancellationToken);
            return await ExecuteWriteAsync(
                async (connection, ct) =>
                {
                    await using var transaction = await connection.BeginTransactionAsync(ct);
                    var result = await write(connection, transaction, ct);
                    await transaction.CommitAsync(ct);
                    return result;
                },
                cancellationToken);
        }
        finally
        {
            // The conversation facts' batches and the retention sweeps.
            SupportBotTelemetry.RecordStorage("transaction", started);
        }
    }

    /// <summary>Runs a read of other tables of the same database on its own connection, retried like this store's reads.</summary>
    internal async Task<T> QueryAsync<T>(Func<DbConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await _pipeline.ExecuteAsync(
            async ct =>
            {
                await using var connection = await OpenConnectionAsync(ct);
                return await read(connection, ct);
            },
            cancellationToken);
    }

    /// <summary>A connection for a long read of other tables (a CSV export streamed as it is read); the caller disposes it.</summary>
    internal async Task<DbConnection> OpenReadConnectionAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await OpenConnectionAsync(cancellationToken);
    }

    /// <summary>Opens a connection to the database, ready for commands.</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Database-wide settings made once, before the schema migration (SQLite's journal mode).</summary>
    protected virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs one write on its own connection under the retry pipeline, each attempt inside the <see cref="WriterGate"/>.</summary>
    private async Task<T> ExecuteWriteAsync<T>(Func<DbConnection, CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(
            async ct =>
            {
                await using var connection = await OpenConnectionAsync(ct);
                var gate = WriterGate;
                if (gate is null)
                {
                    return await write(connection, ct);
                }

                await gate.WaitAsync(ct);
                try
                {
                    return await write(connection, ct);
                }
                finally
                {
                    gate.Release();
                }
            },
            cancellationToken);

    private async Task ApplyAsync(DbConnection connection, DbTransaction transaction, PendingWrite write, CancellationToken ct)
    {
        if (write.Json is null)
        {
            await using var delete = CreateCommand(connection, transaction, $"DELETE FROM {Table} WHERE item_key = @key");
            AddParameter(delete, "@key", write.Key);
            await delete.ExecuteNonQueryAsync(ct);
            return;
        }

        if (write.ExpectedETag is null)
        {
            await using var upsert = CreateWriteCommand(
                connection,
                transaction,
                $"""
                INSERT INTO {Table} (item_key, item_value, etag, updated_at_ms) VALUES (@key, @value, @etag, @now)
                ON CONFLICT (item_key) DO UPDATE SET item_value = excluded.item_value, etag = excluded.etag, updated_at_ms = excluded.updated_at_ms
                """,
                write);
            await upsert.ExecuteNonQueryAsync(ct);
            return;
        }

        await using var update = CreateWriteCommand(
            connection,
            transaction,
            $"UPDATE {Table} SET item_value = @value, etag = @etag, updated_at_ms = @now WHERE item_key = @key AND etag = @expected",
            write);
        AddParameter(update, "@expected", write.ExpectedETag);
        if (await update.ExecuteNonQueryAsync(ct) == 1)
        {
            return;
        }

        // Like MemoryStorage, an ETag-carrying write to a key nobody holds creates it; if the key exists, it is a conflict.
        if (!await InsertIfAbsentAsync(connection, transaction, write, ct))
        {
            throw ETagConflictException.ForKey(write.Key, write.ExpectedETag);
        }
    }

    private async Task<bool> InsertIfAbsentAsync(DbConnection connection, DbTransaction? transaction, PendingWrite write, CancellationToken ct)
    {
        await using var insert = CreateWriteCommand(
            connection,
            transaction,
            $"INSERT INTO {Table} (item_key, item_value, etag, updated_at_ms) VALUES (@key, @value, @etag, @now) ON CONFLICT (item_key) DO NOTHING",
            write);
        return await insert.ExecuteNonQueryAsync(ct) == 1;
    }

    private DbCommand CreateWriteCommand(DbConnection connection, DbTransaction? transaction, string sql, PendingWrite write)
    {
        var command = CreateCommand(connection, transaction, sql);
        AddParameter(command, "@key", write.Key);
        AddParameter(command, "@value", write.Json!);
        AddParameter(command, "@etag", write.NewETag);
        AddParameter(command, "@now", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        return command;
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static string AddKeyParameters(DbCommand command, string[] keys)
    {
        var names = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            names[i] = $"@k{i}";
            AddParameter(command, names[i], keys[i] ?? throw new ArgumentException("Keys must not be null.", nameof(keys)));
        }

        return string.Join(", ", names);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>One change, serialised before any database work so a retry writes the same thing.</summary>
    private sealed record PendingWrite(string Key, object? Value, string? Json, string? ExpectedETag, string NewETag)
    {
        public static PendingWrite For(string key, object? value)
        {
            ArgumentNullException.ThrowIfNull(key);
            var etag = (value as IStoreItem)?.ETag;
            var expected = string.IsNullOrEmpty(etag) || etag == "*" ? null : etag;
            var json = value is null ? null : StorageSerializer.Serialize(value);
            return new PendingWrite(key, value, json, expected, Guid.NewGuid().ToString("N"));
        }
    }
}
