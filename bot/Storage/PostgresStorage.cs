using System.Data.Common;
using Npgsql;
using Polly;
using Polly.Retry;

namespace SupportBot.Bot.Storage;

/// <summary>
/// State in PostgreSQL, for several SupportBot instances serving the same conversations. The schema is
/// migrated on start-up under an advisory lock, so instances starting together do not race; transient
/// failures (a restarting server, a dropped connection, a timeout) are retried with jittered back-off.
/// </summary>
internal sealed class PostgresStorage : SqlStorage, IAsyncDisposable, IDisposable
{
    // Any constant shared by all instances; it names the advisory lock held while migrating.
    private const long MigrationLockId = 0x5355_5050_4f52_54;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresStorage(string connectionString, TimeProvider timeProvider)
        : this(NpgsqlDataSource.Create(connectionString), timeProvider, CreatePipeline(timeProvider))
    {
    }

    internal PostgresStorage(NpgsqlDataSource dataSource, TimeProvider timeProvider, ResiliencePipeline pipeline)
        : base(pipeline, timeProvider)
    {
        _dataSource = dataSource;
    }

    protected override string? MigrationLockSql => $"SELECT pg_advisory_xact_lock({MigrationLockId})";

    /// <summary>Retries what Npgsql calls transient, and timeouts, three times with jittered exponential back-off.</summary>
    public static ResiliencePipeline CreatePipeline(TimeProvider timeProvider) => new ResiliencePipelineBuilder { TimeProvider = timeProvider }
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder()
                .Handle<NpgsqlException>(e => e.IsTransient)
                .Handle<TimeoutException>(),
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
        })
        .Build();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);
}
