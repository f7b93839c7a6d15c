using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Hosting;

internal static class SupportDialogsExtensions
{
    /// <summary>The conversation itself: content, recognisers and the support dialogs, each built once.</summary>
    public static IServiceCollection AddSupportDialogs(this IServiceCollection services)
    {
        services.AddSingleton(_ => BotTexts.LoadEmbedded());
        return services;
    }
}
