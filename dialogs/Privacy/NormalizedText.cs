using System.Globalization;
using System.Text;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// The text the detection rules read: NFKC (full- and half-width forms, so 「ﾊﾟｽﾜｰﾄﾞ」 is
/// 「パスワード」 and 「４１１１」 is "4111"), digits of every script as ASCII digits (Arabic-Indic
/// "٤١١١" is "4111"), zero-width and other invisible format characters removed, and spaces between
/// two Japanese characters removed (「パス ワード」). Findings are made on <see cref="Text"/> and
/// mapped back to the original with <see cref="ToOriginal"/>.
/// </summary>
internal sealed class NormalizedText
{
    // Per code unit: what normalising does to it beyond the one-to-one width folding.
    private const byte Simple = 0;
    private const byte Removed = 1;
    private const byte Digit = 2;
    private const byte Decomposed = 3;
    private const byte Space = 4;

    private static readonly byte[] Kinds = BuildKinds();

    // Original position of each normalised code unit, and the end of what it came from; null when positions are unchanged.
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    private NormalizedText(string text, int[]? starts, int[]? ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Text { get; }

    public static NormalizedText Of(string text)
    {
        var folded = TextFolding.Fold(text);
        return NeedsMore(folded) ? Build(text) : new NormalizedText(folded, null, null);
    }

    /// <summary>The finding on <see cref="Text"/> as the same stretch of the original text.</summary>
    public SensitiveFinding ToOriginal(SensitiveFinding finding)
    {
        if (_starts is null || _ends is null)
        {
            return finding;
        }

        var start = _starts[finding.Start];
        var end = _ends[finding.End - 1];
        return finding with { Start = start, Length = end - start };
    }

    private static bool NeedsMore(string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            var kind = Kinds[folded[i]];
            if (kind is Removed or Digit or Decomposed || (kind == Space && IsBetweenJapanese(folded, i)))
            {
                return true;
            }
        }

        return false;
    }

    private static NormalizedText Build(string original)
    {
        var text = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            var end = char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]) ? i + 2 : i + 1;
            switch (Kinds[c])
            {
                case Removed:
                    continue;
                case Space when IsBetweenJapanese(original, i):
                    continue;
                case Digit:
                    Append((char)('0' + (int)CharUnicodeInfo.GetNumericValue(c)), i, end);
                    break;
                case Decomposed:
                    foreach (var part in c.ToString().Normalize(NormalizationForm.FormKC))
                    {
                        Append(part, i, end);
                    }

                    break;
                default:
                    for (var j = i; j < end; j++)
                    {
                        Append(TextFolding.FoldChar(original[j]), i, end);
                    }

                    break;
            }

            i = end - 1;
        }

        return new NormalizedText(text.ToString(), [.. starts], [.. ends]);

        void Append(char c, int start, int end)
        {
            // A half-width voiced mark joins the kana before it: ﾊﾟ is パ.
            if (c is '\u3099' or '\u309A' && text.Length > 0
                && string.Concat(text[^1], c).Normalize(NormalizationForm.FormC) is { Length: 1 } composed)
            {
                text[^1] = composed[0];
                ends[^1] = end;
                return;
            }

            text.Append(c);
            starts.Add(start);
            ends.Add(end);
        }
    }

    private static bool IsBetweenJapanese(string text, int index)
    {
        var before = index - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        var after = index + 1;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        return before >= 0 && after < text.Length && IsJapanese(text[before]) && IsJapanese(text[after]);
    }

    private static bool IsJapanese(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uFF66' and <= '\uFF9F');

    private static byte[] BuildKinds()
    {
        var kinds = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch))
            {
                continue;
            }

            kinds[c] = CharUnicodeInfo.GetUnicodeCategory(ch) switch
            {
                UnicodeCategory.Format => Removed,
                UnicodeCategory.DecimalDigitNumber when !char.IsAsciiDigit(ch) && TextFolding.FoldChar(ch) == ch => Digit,
                UnicodeCategory.SpaceSeparator => Space,
                _ when c == ' ' || c == '\t' => Space,
                _ when c >= 0xFF61 && c <= 0xFF9F => Decomposed,
                _ => Simple,
            };
        }

        return kinds;
    }
}
