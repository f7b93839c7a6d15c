using System.Text;

namespace SupportBot.Dialogs.Recognition;

/// <summary>
/// Folds the many ways people type the same words (full-width or half-width, upper or lower case,
/// katakana or hiragana, stray spaces) into one form, so recognisers compare like with like.
/// </summary>
public static class TextNormalizer
{
    private const int KatakanaToHiraganaOffset = 0x60;

    /// <summary>NFKC, invariant lower case, katakana → hiragana, trimmed, whitespace runs collapsed to one space.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = NormalizeCompatibility(text).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            // ァ (U+30A1) … ヶ (U+30F6) have hiragana twins exactly 0x60 below; ー and ・ are shared.
            builder.Append(c is >= '\u30A1' and <= '\u30F6' ? (char)(c - KatakanaToHiraganaOffset) : c);
        }

        return builder.ToString();
    }

    private static string NormalizeCompatibility(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates (a broken emoji) make NFKC throw; a UTF-8 round trip turns them into U+FFFD.
            return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)).Normalize(NormalizationForm.FormKC);
        }
    }
}
