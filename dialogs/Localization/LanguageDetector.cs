namespace SupportBot.Dialogs.Localization;

/// <summary>
/// Decides which language to answer in: English when the activity's locale is <c>en-*</c> or the
/// user writes Latin text with no Japanese in it; Japanese when they write Japanese; otherwise
/// (digits, emoji, card submits) the language the conversation already had.
/// </summary>
public static class LanguageDetector
{
    public static string Detect(string? text, string? locale, string? previous)
    {
        if (ContainsJapanese(text))
        {
            return Language.Japanese;
        }

        if (ContainsLatinLetters(text))
        {
            return Language.English;
        }

        if (previous is not null)
        {
            return previous;
        }

        return locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? Language.English
            : Language.Japanese;
    }

    private static bool ContainsJapanese(string? text) =>
        text is not null && text.Any(c =>
            c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uFF66' and <= '\uFF9F'));

    private static bool ContainsLatinLetters(string? text) =>
        text is not null && text.Count(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')) >= 2;
}
