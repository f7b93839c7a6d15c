using System.Text;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// NFKC folding restricted to characters whose compatibility form is a single ASCII character
/// (full-width digits, letters and symbols, the ideographic space, circled digits…), plus the hyphens NFKC keeps. Every
/// UTF-16 unit maps to exactly one unit, so a position in the folded copy is the same position
/// in the original: findings need no position map.
/// </summary>
internal static class TextFolding
{
    // Code units per block checked whole; the surrogates (D800–DFFF) fill whole blocks.
    private const int TableBlock = 64;

    private static readonly char[] Table = BuildTable();

    /// <summary>The one character <paramref name="c"/> folds to (itself when it has no ASCII compatibility form).</summary>
    public static char FoldChar(char c) => Table[c];

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
        }

        // Normalising all 65,536 code units one by one takes tens of milliseconds of the first turn. A block
        // that is already in NFKC as a whole holds no character with a compatibility mapping (such a
        // character never appears in NFKC text), so each of its characters folds to itself: only the
        // other blocks are looked at one by one.
        for (var start = 0x80; start <= char.MaxValue; start += TableBlock)
        {
            if (char.IsSurrogate((char)start) || IsStableBlock(start))
            {
                continue;
            }

            for (var c = start; c < start + TableBlock; c++)
            {
                if (FoldOne((char)c) is { Length: 1 } folded && folded[0] < 0x80)
                {
                    table[c] = folded[0];
                }
            }
        }

        // Hyphens other than '-' (‐ U+2010, ‑ U+2011, ‒ U+2012, − U+2212), which NFKC keeps, join a number's groups as '-' does
        // (「３３９‐０２８」); the en and em dashes stay, since they set off words rather than join digits.
        foreach (var hyphen in "\u2010\u2011\u2012\u2212")
        {
            table[hyphen] = '-';
        }

        return table;
    }

    private static bool IsStableBlock(int start)
    {
        var block = string.Create(TableBlock, start, static (span, first) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)(first + i);
            }
        });
        try
        {
            return block.IsNormalized(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A block with unassigned code points cannot be checked whole; its characters are, one by one.
            return false;
        }
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
