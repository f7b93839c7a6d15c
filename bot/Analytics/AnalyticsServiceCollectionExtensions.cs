using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Analytics.Queries;
using SupportBot.Dialogs.Analytics;

namespace SupportBot.Bot.Analytics;

/// <summary>Registers the conversation facts: their writer (the dialogs' <see cref="IConversationFactsSink"/>), their queries and their retention.</summary>
internal static class AnalyticsServiceCollectionExtensions
{
    /// <summary>
    /// With a SQL store (SQLite, PostgreSQL) and <c>Analytics:Enabled</c>, facts are written in the background into the
    /// same database; with the in-memory store of tests, or disabled, they are discarded and the console has nothing to show.
    /// </summary>
    public static IServiceCollection AddConversationAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AnalyticsOptions>()
            .Bind(configuration.GetSection(AnalyticsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(sp => new FactsDatabase(sp.GetRequiredService<IConditionalStorage>() as SqlStorage));
        services.AddSingleton<ConversationFactsStore>();
        services.AddSingleton<ConversationFactsWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<ConversationFactsWriter>());
        services.AddSingleton<IConversationFactsSink>(sp => Keeps(sp)
            ? sp.GetRequiredService<ConversationFactsWriter>()
            : new DiscardingFactsSink());
        services.AddSingleton<ConversationFactsQueries>();
        services.AddSingleton<FactsRetentionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<FactsRetentionSweeper>());
        return services;
    }

    /// <summary>Whether facts are kept: enabled, on a SQL store.</summary>
    public static bool Keeps(IServiceProvider services) =>
        services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.Enabled && services.GetRequiredService<FactsDatabase>().Storage is not null;
}
