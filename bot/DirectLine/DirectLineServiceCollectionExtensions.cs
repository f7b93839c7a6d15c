using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SupportBot.Bot.DirectLine;

internal static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// The embedded Direct Line channel: options from the <c>DirectLine</c> section (validated at
    /// start-up), tokens, the conversation store (on the shared storage of
    /// <c>AddConversationStorage</c>) and the in-process bridge to the adapter.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDirectLineConversationStore, StorageDirectLineConversationStore>();
        services.AddSingleton<DirectLineSecret>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineRequestReader>();
        services.AddSingleton<DirectLineActivitySignal>();
        services.AddSingleton<DirectLineBotTurns>();
        services.AddSingleton<DirectLineQuotas>();
        services.AddSingleton<DirectLinePublicAddress>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineStreamer>();
        return services;
    }
}
