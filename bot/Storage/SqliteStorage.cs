using System.Data.Common;
using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace SupportBot.Bot.Storage;

/// <summary>
/// State in one SQLite file (the default store, for a single instance or several processes on one
/// machine). WAL journaling lets readers go on while a writer commits; every write transaction starts
/// with <c>BEGIN IMMEDIATE</c>, so writers queue on the busy timeout instead of failing half-way.
/// </summary>
internal sealed class SqliteStorage : SqlStorage
{
    private const int BusyTimeoutMilliseconds = 5_000;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly string _connectionString;

    public SqliteStorage(string databaseFile, TimeProvider timeProvider)
        : base(CreatePipeline(), timeProvider)
    {
        DatabaseFile = Path.GetFullPath(databaseFile);
        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabaseFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabaseFile { get; }

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();

            // journal_mode is stored in the file; busy_timeout belongs to each connection.
            pragma.CommandText = $"PRAGMA journal_mode = WAL; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static ResiliencePipeline CreatePipeline() => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<SqliteException>(e => e.SqliteErrorCode is SqliteBusy or SqliteLocked),
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(50),
        })
        .Build();
}
