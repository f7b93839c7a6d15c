using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task WithNoConfigurationStateIsKeptInSqliteUnderTheDataDirectory()
    {
        var dataDirectory = Path.GetDirectoryName(_file.Path)!;
        await using var services = Build(new() { ["Storage:DataDirectory"] = dataDirectory });

        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.IsType<SqliteStorage>(services.GetRequiredService<IStorage>());
        Assert.True(File.Exists(Path.Combine(dataDirectory, "supportbot.db")));
        Assert.NotNull(services.GetRequiredService<ConversationState>());
        Assert.NotNull(services.GetRequiredService<ConversationTurnLockMiddleware>());
        Assert.NotNull(services.GetRequiredService<DuplicateActivityMiddleware>());
    }

    [Fact]
    public async Task MemoryIsUsedOnlyWhenConfigured()
    {
        await using var services = Build(new() { ["Storage:Provider"] = "Memory" });

        Assert.IsType<SynchronizedMemoryStorage>(services.GetRequiredService<IStorage>());
    }

    [Fact]
    public async Task PostgresWithoutAConnectionStringIsRejectedAtStartUp()
    {
        await using var services = Build(new() { ["Storage:Provider"] = "Postgres" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("ConnectionString", error.Message);
    }

    [Fact]
    public async Task TheStorageHealthCheckIsTaggedReadyAndHealthyWhenTheStoreAnswers()
    {
        await using var services = Build(new() { ["Storage:DataDirectory"] = Path.GetDirectoryName(_file.Path) });

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Healthy, report.Entries[StorageHealthCheck.Name].Status);
    }

    [Fact]
    public async Task TheStorageHealthCheckIsUnhealthyWhenTheStoreFails()
    {
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.ReadAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException());

        var result = await new StorageHealthCheck(storage.Object, TimeProvider.System).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    public void Dispose() => _file.Dispose();

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddConversationStorage(configuration);
        return services.BuildServiceProvider();
    }
}
