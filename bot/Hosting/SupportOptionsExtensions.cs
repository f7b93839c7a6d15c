using SupportBot.Dialogs.Configuration;

namespace SupportBot.Bot.Hosting;

internal static class SupportOptionsExtensions
{
    /// <summary>The <c>Support</c> section, validated when the host starts rather than mid-conversation.</summary>
    public static IServiceCollection AddSupportOptions(this IServiceCollection services)
    {
        services.AddOptions<ContactOptions>()
            .BindConfiguration(ContactOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
