using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace SupportBot.Bot.Storage;

/// <summary>
/// State in one SQLite file (the default store, for a single instance or several processes on one
/// machine). WAL journaling lets readers go on while a writer commits; every write transaction starts
/// with <c>BEGIN IMMEDIATE</c>. Writers of this process queue on an in-process gate (SQLite's own busy
/// handler sleeps and polls, which under load cost more than the writes); the busy timeout is left
/// for writers in other processes. <c>synchronous = NORMAL</c> under WAL keeps every committed
/// transaction across a process crash (only a power cut or OS crash can lose the last commits).
/// </summary>
internal sealed class SqliteStorage : SqlStorage, IDisposable
{
    private const int BusyTimeoutMilliseconds = 5_000;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writerGate = new(1, 1);

    // Pooled connections keep per-connection settings, so each physical connection is set up once.
    private readonly ConditionalWeakTable<object, object> _configuredHandles = [];

    public SqliteStorage(string databaseFile, TimeProvider timeProvider)
        : base(CreatePipeline(), timeProvider)
    {
        DatabaseFile = Path.GetFullPath(databaseFile);
        DataDirectoryCheck.EnsureUsable(DatabaseFile);
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

    protected override SemaphoreSlim? WriterGate => _writerGate;

    public void Dispose() => _writerGate.Dispose();

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var handle = connection.Handle!;
            if (!_configuredHandles.TryGetValue(handle, out _))
            {
                // busy_timeout and synchronous belong to each connection (journal_mode to the file).
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
                _configuredHandles.AddOrUpdate(handle, handle);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Stored in the database file: set once, it holds for every later connection and process.
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode = WAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
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
