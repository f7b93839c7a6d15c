using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Configuration;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Records;

namespace SupportBot.Bot.Hosting;

internal static class PrivacyExtensions
{
    /// <summary>
    /// Sensitive-data detection and redaction, each built once (the detector's recognizer models are
    /// built on first need or by <see cref="ModelWarmUp"/>). The bot's own support numbers stay readable
    /// in logs and transcripts of its replies.
    /// </summary>
    public static IServiceCollection AddSensitiveDataRedaction(this IServiceCollection services)
    {
        services.AddSingleton<ISensitiveDataDetector>(_ => SensitiveDataDetector.CreateDefault());
        services.AddSingleton<ISensitiveDataRedactor>(provider =>
        {
            var contacts = provider.GetRequiredService<IOptions<ContactOptions>>().Value;
            return new SensitiveDataRedactor(
                provider.GetRequiredService<ISensitiveDataDetector>(),
                new RedactionOptions { PublicPhoneNumbers = [contacts.FreeDial, contacts.MobilePaid] });
        });
        services.AddSingleton<KeptDataRedaction>();
        return services;
    }
}
