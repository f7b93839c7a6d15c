namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// A number typed or read with a letter that looks like a digit among its digits (「5O2817」, "7I4 802", "55I 027", 080-5O31-2274):
/// what people copy off a small screen or a note. A copy of the same length with those letters as the digits they look like,
/// for the number rules to read; positions stay the same.
/// </summary>
internal static class LookAlikeDigits
{
    /// <summary>
    /// The text with O/o as 0 and I/l as 1 where a digit stands on each side, or a digit on one side and the next group of the
    /// number (a space or hyphen, then a digit) on the other; null when there is none.
    /// </summary>
    public static string? Of(string normalized)
    {
        char[]? copy = null;
        for (var i = 1; i < normalized.Length - 1; i++)
        {
            if (DigitLookingLikeIt(normalized[i]) is { } digit
                && DigitOrGroupBefore(normalized, i) && DigitOrGroupAfter(normalized, i)
                && (char.IsAsciiDigit(normalized[i - 1]) || char.IsAsciiDigit(normalized[i + 1])
                    || (SpacedDigits(normalized, i, -1) >= MinSpacedDigitsAround && SpacedDigits(normalized, i, 1) >= MinSpacedDigitsAround)))
            {
                copy ??= normalized.ToCharArray();
                copy[i] = digit;
            }
        }

        return copy is null ? null : new string(copy);
    }

    // A group may stand one or two spaces away: text copied off a screen by OCR spaces its characters unevenly ("8 1 4  O 2 7").
    private static bool DigitOrGroupBefore(string text, int i) =>
        char.IsAsciiDigit(text[i - 1])
        || (i >= 2 && text[i - 1] is ' ' or '-' && (char.IsAsciiDigit(text[i - 2]) || (i >= 3 && text[i - 2] == ' ' && char.IsAsciiDigit(text[i - 3]))));

    private static bool DigitOrGroupAfter(string text, int i) =>
        char.IsAsciiDigit(text[i + 1])
        || (i + 2 < text.Length && text[i + 1] is ' ' or '-' && (char.IsAsciiDigit(text[i + 2]) || (i + 3 < text.Length && text[i + 2] == ' ' && char.IsAsciiDigit(text[i + 3]))));

    // A letter standing alone among digits spaced one by one ("8 1 4  O 2 7") needs two of them on each side to be one of them.
    private const int MinSpacedDigitsAround = 2;

    /// <summary>How many single digits, each one or two spaces from the last, stand next to position <paramref name="i"/> in the direction <paramref name="step"/>.</summary>
    private static int SpacedDigits(string text, int i, int step)
    {
        var count = 0;
        var at = i + step;
        while (true)
        {
            var spaces = 0;
            while (at >= 0 && at < text.Length && text[at] == ' ' && spaces < 2)
            {
                at += step;
                spaces++;
            }

            var next = at + step;
            if (spaces == 0 || at < 0 || at >= text.Length || !char.IsAsciiDigit(text[at]) || (next >= 0 && next < text.Length && char.IsAsciiDigit(text[next])))
            {
                return count;
            }

            count++;
            at = next;
        }
    }

    private static char? DigitLookingLikeIt(char c) => c switch
    {
        'O' or 'o' => '0',
        'I' or 'l' => '1',
        _ => null,
    };
}
