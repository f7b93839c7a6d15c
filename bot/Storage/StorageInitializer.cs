namespace SupportBot.Bot.Storage;

/// <summary>Creates or migrates the database schema when the host starts, so a bad connection string stops start-up.</summary>
internal sealed partial class StorageInitializer : IHostedService
{
    private readonly IConditionalStorage _storage;
    private readonly ILogger<StorageInitializer> _logger;

    public StorageInitializer(IConditionalStorage storage, ILogger<StorageInitializer> logger)
    {
        _storage = storage;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_storage is SqlStorage sql)
        {
            await sql.InitializeAsync(cancellationToken);
            LogReady(sql.GetType().Name, StorageSchema.LatestVersion);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Store} ready at schema version {Version}")]
    private partial void LogReady(string store, int version);
}
