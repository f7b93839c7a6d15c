using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Configuration;

namespace SupportBot.Dialogs.Localization;

/// <summary>
/// The bot's texts in the language of the current turn, with the configured customer-service
/// numbers always available as <c>{freeDial}</c> and <c>{mobilePaid}</c>.
/// </summary>
public sealed class SupportTexts(BotTexts texts, IOptions<ContactOptions> contacts)
{
    public ContactOptions Contacts => contacts.Value;

    public string Get(ITurnContext turnContext, TextKey key, params (string Name, string Value)[] values) =>
        Get(turnContext.GetLanguage(), key, values);

    public string Get(string language, TextKey key, params (string Name, string Value)[] values)
    {
        var all = new Dictionary<string, string>
        {
            ["freeDial"] = contacts.Value.FreeDial,
            ["mobilePaid"] = contacts.Value.MobilePaid,
        };
        foreach (var (name, value) in values)
        {
            all[name] = value;
        }

        return texts.Format(language, key, all);
    }
}
