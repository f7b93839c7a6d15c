using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>What the real bot says, read from its content files so tests follow the wording.</summary>
internal static class BotContent
{
    private static readonly BotTexts Texts = BotTexts.LoadEmbedded();

    public static string Japanese(string key) => Texts.Raw(Language.Japanese, key);

    public static string English(string key) => Texts.Raw(Language.English, key);
}
