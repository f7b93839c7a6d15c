using SupportBot.Dialogs.Configuration;

namespace SupportBot.Bot.Commands;

/// <summary>The bot's own support numbers from appsettings.json, for the developer commands that run without the host.</summary>
internal static class ProductContacts
{
    /// <summary>
    /// The numbers the redaction policy treats as public (<see cref="ContactOptions"/>), read as the host would read them, so
    /// <c>privacy-eval</c> evaluates the detector under the policy the bot runs with.
    /// </summary>
    public static IReadOnlyList<string> PublicPhoneNumbers()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .Build();
        var contacts = configuration.GetSection(ContactOptions.SectionName).Get<ContactOptions>() ?? new ContactOptions();
        return [.. new[] { contacts.FreeDial, contacts.MobilePaid }.Where(n => !string.IsNullOrWhiteSpace(n))];
    }
}
