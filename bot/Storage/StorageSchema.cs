using System.Data.Common;

namespace SupportBot.Bot.Storage;

/// <summary>
/// The storage tables and their versioned migrations. Each migration runs once, in order, inside one
/// transaction that also records it in <see cref="MigrationsTable"/>; append new ones, never edit old ones.
/// </summary>
internal static class StorageSchema
{
    public const string ItemsTable = "supportbot_items";
    public const string MigrationsTable = "supportbot_schema_migrations";

    private static readonly (int Version, string Sql)[] Migrations =
    [
        (1, $"""
            CREATE TABLE {ItemsTable} (
                item_key TEXT NOT NULL PRIMARY KEY,
                item_value TEXT NOT NULL,
                etag TEXT NOT NULL,
                updated_at_ms BIGINT NOT NULL
            )
            """),
        (2, Analytics.FactsTables.CreateSql),
        (3, Analytics.FactsTables.CreateFiguresSql),
    ];

    /// <summary>The newest schema version this build knows.</summary>
    public static int LatestVersion => Migrations[^1].Version;

    public static async Task MigrateAsync(DbConnection connection, string? lockSql, TimeProvider timeProvider, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (lockSql is not null)
        {
            await ExecuteAsync(connection, transaction, lockSql, ct);
        }

        await ExecuteAsync(
            connection,
            transaction,
            $"CREATE TABLE IF NOT EXISTS {MigrationsTable} (version INTEGER NOT NULL PRIMARY KEY, applied_at_ms BIGINT NOT NULL)",
            ct);

        var applied = await CurrentVersionAsync(connection, transaction, ct);
        foreach (var (version, sql) in Migrations.Where(m => m.Version > applied))
        {
            await ExecuteAsync(connection, transaction, sql, ct);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = $"INSERT INTO {MigrationsTable} (version, applied_at_ms) VALUES ({version}, {timeProvider.GetUtcNow().ToUnixTimeMilliseconds()})";
            await record.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COALESCE(MAX(version), 0) FROM {MigrationsTable}";
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
