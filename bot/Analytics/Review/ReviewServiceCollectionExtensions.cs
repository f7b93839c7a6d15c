namespace SupportBot.Bot.Analytics.Review;

/// <summary>Registers the review queue (issue 17, part 3): its service, its texts and its console endpoints.</summary>
internal static class ReviewServiceCollectionExtensions
{
    /// <summary>The queue over the conversation facts (see <see cref="AnalyticsServiceCollectionExtensions.AddConversationAnalytics"/>) and the page's texts.</summary>
    public static IServiceCollection AddReviewQueue(this IServiceCollection services)
    {
        services.AddSingleton(sp => new ReviewQueue(
            sp.GetRequiredService<FactsDatabase>(), sp.GetRequiredService<Queries.ConversationFactsQueries>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => ReviewTexts.Load(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        return services;
    }

    /// <summary>The JSON and export endpoints under <c>/admin/review</c>; the page <c>/admin/review</c> comes with the console's Razor Pages.</summary>
    public static WebApplication MapReviewQueue(this WebApplication app)
    {
        ReviewEndpoints.Map(app);
        return app;
    }
}
