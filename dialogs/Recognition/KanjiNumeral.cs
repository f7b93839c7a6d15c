namespace SupportBot.Dialogs.Recognition;

/// <summary>
/// Reads the small numbers people use to point at a list entry (2, 二, 十二, 二十三) without a
/// recogniser model; the Japanese number model proved unreliable for them under concurrent use.
/// </summary>
internal static class KanjiNumeral
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>The value of <paramref name="numeral"/> (ASCII digits, or kanji up to 99), or null.</summary>
    public static int? Read(string numeral)
    {
        if (int.TryParse(numeral, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var ten = numeral.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return numeral.Length == 1 ? Digit(numeral[0]) : null;
        }

        var tens = ten == 0 ? 1 : ten == 1 ? Digit(numeral[0]) : null;
        var ones = ten == numeral.Length - 1 ? 0 : ten == numeral.Length - 2 ? Digit(numeral[^1]) : null;
        return tens * 10 + ones;
    }

    private static int? Digit(char c) => Digits.IndexOf(c, StringComparison.Ordinal) is var d and >= 0 ? d : null;
}
