using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Channel;
using SupportBot.Bot.Security;
using SupportBot.Bot.WebChatPage;

namespace SupportBot.Bot.Hosting.Validation;

internal static class StartupValidationExtensions
{
    /// <summary>
    /// Checks, when the host starts, the settings whose sections are bound without a check of their own
    /// (<c>RequestProtection</c>, <c>Channel:Resilience</c>, <c>WebChat</c>): a bad value stops start-up with a
    /// message naming the setting, rather than failing a conversation later. The conversation's own settings
    /// are checked by AddSupportDialogs; storage, Direct Line and trusted proxies by their registrations.
    /// </summary>
    public static IServiceCollection AddStartupValidation(this IServiceCollection services)
    {
        Add<RequestProtectionOptions, RequestProtectionOptionsValidator>(services);
        Add<ChannelResilienceOptions, ChannelResilienceOptionsValidator>(services);
        Add<WebChatOptions, WebChatOptionsValidator>(services);
        return services;
    }

    private static void Add<TOptions, TValidator>(IServiceCollection services)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
    }
}
