using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Storage;

internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddConversationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddHealthChecks();
        return services;
    }
}
