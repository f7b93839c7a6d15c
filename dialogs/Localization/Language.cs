namespace SupportBot.Dialogs.Localization;

/// <summary>The languages the bot speaks. Japanese is the default.</summary>
public static class Language
{
    public const string Japanese = "ja";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Japanese, English];
}
