using System.Text;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// NFKC folding restricted to characters whose compatibility form is a single ASCII character
/// (full-width digits, letters and symbols, the ideographic space, circled digits…). Every
/// UTF-16 unit maps to exactly one unit, so a position in the folded copy is the same position
/// in the original: findings need no position map.
/// </summary>
internal static class TextFolding
{
    private static readonly char[] Table = BuildTable();

    public static string Fold(string text)
    {
        if (!NeedsFolding(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Table[source[i]];
            }
        });
    }

    private static bool NeedsFolding(string text)
    {
        foreach (var c in text)
        {
            if (Table[c] != c)
            {
                return true;
            }
        }

        return false;
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = (char)c;
            if (c < 0x80 || char.IsSurrogate((char)c))
            {
                continue;
            }

            var folded = FoldOne((char)c);
            if (folded is { Length: 1 } && folded[0] < 0x80)
            {
                table[c] = folded[0];
            }
        }

        return table;
    }

    private static string? FoldOne(char c)
    {
        try
        {
            return c.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Unassigned code points cannot be normalised; they stay as they are.
            return null;
        }
    }
}
