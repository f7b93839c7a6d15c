using System.Globalization;
using System.Text;

namespace SupportBot.Dialogs.Recognition;

/// <summary>Helpers shared by the recognisers on top of <see cref="TextNormalizer"/>.</summary>
internal static class UtteranceText
{
    /// <summary>Normalised text with punctuation and symbols turned into spaces (so "はい、お願いします。" matches "はい お願いします").</summary>
    public static string Clean(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            builder.Append(c == '\u2019' ? '\'' : IsSeparator(c) ? ' ' : c);
        }

        return TextNormalizer.Normalize(builder.ToString());
    }

    /// <summary>True when <paramref name="text"/> starts with <paramref name="word"/> and the word ends at a word boundary.</summary>
    public static bool StartsWithWord(string text, string word)
        => text.StartsWith(word, StringComparison.Ordinal) && IsBoundary(text, word.Length);

    /// <summary>True when <paramref name="text"/> ends with <paramref name="word"/> and the word starts at a word boundary.</summary>
    public static bool EndsWithWord(string text, string word)
        => text.EndsWith(word, StringComparison.Ordinal) && IsBoundary(text, text.Length - word.Length);

    /// <summary>True when <paramref name="word"/> occurs in <paramref name="text"/> as a whole word (see <see cref="IsBoundary"/>).</summary>
    public static bool ContainsWord(string text, string word) => IndexOfWord(text, word) >= 0;

    /// <summary>Where <paramref name="word"/> first occurs in <paramref name="text"/> as a whole word, or -1.</summary>
    public static int IndexOfWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (IsBoundary(text, at) && IsBoundary(text, at + word.Length))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// A word boundary at <paramref name="index"/>: the start or end of the text, a space, or anywhere
    /// not between two Latin letters or digits (Japanese has no spaces between words).
    /// </summary>
    public static bool IsBoundary(string text, int index)
        => index <= 0 || index >= text.Length || !(IsLatinWordChar(text[index - 1]) && IsLatinWordChar(text[index]));

    public static bool HasJapanese(string text)
        => text.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF');

    private static bool IsLatinWordChar(char c) => c < 0x250 && char.IsLetterOrDigit(c) || c == '\'';

    private static bool IsSeparator(char c)
        => c != '\'' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol;
}
