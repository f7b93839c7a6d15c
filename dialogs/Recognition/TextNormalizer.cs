using System.Text;

namespace SupportBot.Dialogs.Recognition;

/// <summary>
/// Brings what people type to one comparable form, so that word lists need each word only once:
/// NFKC (full-width digits and letters become half-width, half-width katakana becomes full-width),
/// lower case, katakana folded to hiragana, trimmed, runs of whitespace collapsed to one space.
/// </summary>
public static class TextNormalizer
{
    private const char FirstFoldableKatakana = '\u30A1'; // ァ
    private const char LastFoldableKatakana = '\u30F6';  // ヶ
    private const int KatakanaToHiraganaOffset = 0x60;

    /// <summary>Returns the normalised text; <c>null</c> or blank input gives an empty string.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var composed = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
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

            builder.Append(c is >= FirstFoldableKatakana and <= LastFoldableKatakana ? (char)(c - KatakanaToHiraganaOffset) : c);
        }

        return builder.ToString();
    }
}
