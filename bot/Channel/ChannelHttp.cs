using Microsoft.Bot.Connector.Authentication;

namespace SupportBot.Bot.Channel;

internal static class ChannelHttp
{
    /// <summary>The pooled <see cref="HttpClient"/> that carries replies to channels.</summary>
    public const string ClientName = "SupportBot.Channel";

    /// <summary>
    /// Sends the bot's replies through <see cref="ChannelReplyAuthentication"/>: wraps whatever
    /// <see cref="BotFrameworkAuthentication"/> is registered (call after it is), and registers the
    /// channel <see cref="HttpClient"/> with its resilience pipeline.
    /// </summary>
    public static IServiceCollection AddChannelReplies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChannelResilienceOptions>().Bind(configuration.GetSection(ChannelResilienceOptions.Section));
        services.AddSingleton<ChannelPipelines>();
        services.AddSingleton<ConnectorClientCache>();
        services.AddTransient<ChannelResilienceHandler>();
        // No IHttpClientFactory request logging: it opened a logging scope and wrote four events for
        // every reply, a measurable share of a turn; ChannelPipelines logs the retries and failures
        // an operator acts on, and the turn's own events carry the conversation.
        services.AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddHttpMessageHandler<ChannelResilienceHandler>();

        var sdk = services.LastOrDefault(d => d.ServiceType == typeof(BotFrameworkAuthentication) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("Register the Bot Framework's authentication before the channel replies.");
        services.Remove(sdk);
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new ChannelReplyAuthentication(Resolve(sp, sdk), sp.GetRequiredService<ConnectorClientCache>(), sp.GetRequiredService<IHttpClientFactory>()));
        return services;
    }

    private static BotFrameworkAuthentication Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (BotFrameworkAuthentication)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
