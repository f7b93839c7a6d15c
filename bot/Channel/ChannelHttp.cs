namespace SupportBot.Bot.Channel;

internal static class ChannelHttp
{
    /// <summary>
    /// The reply path: <see cref="ChannelReplyClient"/> over the one channel <see cref="HttpClient"/>,
    /// which carries the resilience pipeline. <see cref="ChannelAuthentication"/> (registered as the
    /// Bot Framework's authentication) hands the adapter connectors that send through it.
    /// </summary>
    public static IServiceCollection AddChannelReplies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChannelResilienceOptions>().Bind(configuration.GetSection(ChannelResilienceOptions.Section));
        services.AddSingleton<ChannelPipelines>();
        services.AddTransient<ChannelResilienceHandler>();
        // No IHttpClientFactory request logging: it opened a logging scope and wrote four events for
        // every reply, a measurable share of a turn; ChannelPipelines logs the retries and failures
        // an operator acts on, and the turn's own events carry the conversation.
        services.AddHttpClient(ChannelReplyClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddHttpMessageHandler<ChannelResilienceHandler>();
        services.AddSingleton<ChannelReplyClient>();
        return services;
    }
}
