namespace SupportBot.Dialogs.Privacy;

/// <summary>A phone number reduced to the digits dialled inside Japan, whatever its form.</summary>
internal static class PhoneDigits
{
    private const string JapanCountryCode = "81";

    /// <summary>
    /// The digits as dialled inside Japan, in any script (「０１２０」 is "0120"): "+81 11-330-3000", "+81 (0)11…" and
    /// "81 90 4471 6628" become "0113303000" and "09044716628". Null for another country's number ("+1 206…").
    /// </summary>
    public static string? Domestic(ReadOnlySpan<char> number)
    {
        Span<char> digits = stackalloc char[number.Length];
        var count = 0;
        foreach (var c in number)
        {
            if (char.IsDigit(c))
            {
                digits[count++] = (char)('0' + (int)char.GetNumericValue(c));
            }
        }

        var trimmed = number.TrimStart("+＋( ");
        var international = number.IndexOfAny('+', '＋') >= 0
            || (trimmed.StartsWith(JapanCountryCode) && trimmed.Length > 2 && !char.IsDigit(trimmed[2]));
        if (!international)
        {
            return new string(digits[..count]);
        }

        if (!digits[..count].StartsWith(JapanCountryCode))
        {
            return null;
        }

        var national = digits[2..count];
        return national.StartsWith('0') ? new string(national) : "0" + new string(national);
    }
}
