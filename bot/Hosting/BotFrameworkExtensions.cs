using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SupportBot.Bot.Adapter;
using SupportBot.Bot.Bots;
using SupportBot.Bot.Channel;
using SupportBot.Bot.Telemetry;

namespace SupportBot.Bot.Hosting;

internal static class BotFrameworkExtensions
{
    /// <summary>
    /// The Bot Framework's own pieces: authentication from the standard configuration keys
    /// (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
    /// <c>MicrosoftAppTenantId</c>) with replies sent through the resilient channel client
    /// (<see cref="ChannelAuthentication"/>), the <see cref="CloudAdapter"/>, its middleware and the bot.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient();
        services.AddChannelReplies(configuration);
        services.AddSingleton<BotFrameworkAuthentication, ChannelAuthentication>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<TurnTelemetryMiddleware>();
        services.AddSingleton<LogContextMiddleware>();
        services.AddSingleton<LongTextMiddleware>();
        services.AddSingleton<SupportBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<SupportBotAdapter>());
        services.AddSingleton<IBot, SupportBotHandler>();
        return services;
    }
}
