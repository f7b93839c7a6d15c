using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Dialogs.State;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Storage;

/// <summary>Registers where SupportBot keeps what must outlive a turn, a restart and an instance.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds the store chosen by the <c>Storage</c> section (SQLite under <c>./data</c> when absent) as
    /// <see cref="IStorage"/>, conversation and user state that refuse to overwrite a newer version,
    /// the turn-serialising and duplicate-dropping middlewares (the adapter must <c>Use</c> them, in
    /// that order), schema migration at start-up and a health check tagged <c>ready</c>.
    /// </summary>
    public static IServiceCollection AddConversationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IConditionalStorage>(CreateStorage);
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<IConditionalStorage>());
        services.AddSingleton(sp => new TrackedConversationState(new ConcurrencyCheckedStateStorage(sp.GetRequiredService<IConditionalStorage>())));
        services.AddSingleton<ConversationState>(sp => sp.GetRequiredService<TrackedConversationState>());
        services.AddSingleton<ConversationTurnLockMiddleware>();
        services.AddSingleton<DuplicateActivityMiddleware>();
        services.AddHostedService<StorageInitializer>();
        services.AddHostedService<ActivityClaimSweeper>();
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionSweeper>());
        services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, tags: ["ready"]);
        return services;
    }

    private static IConditionalStorage CreateStorage(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var timeProvider = services.GetRequiredService<TimeProvider>();
        return options.Provider switch
        {
            StorageProvider.Sqlite => new SqliteStorage(options.SqliteFilePath, timeProvider),
            StorageProvider.Postgres => new PostgresStorage(options.ConnectionString!, timeProvider),
            StorageProvider.Memory => new SynchronizedMemoryStorage(),
            _ => throw new InvalidOperationException($"Unknown storage provider {options.Provider}."),
        };
    }
}
