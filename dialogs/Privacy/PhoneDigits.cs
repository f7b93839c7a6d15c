namespace SupportBot.Dialogs.Privacy;

/// <summary>A phone number reduced to its digits, as dialled inside Japan or with another country's code, whatever its form.</summary>
internal static class PhoneDigits
{
    private const string JapanCountryCode = "81";
    private const char NorthAmericaCountryCode = '1';
    private const int NorthAmericanDigits = 10;

    /// <summary>
    /// The digits as dialled inside Japan, in any script (「０１２０」 is "0120"): "+81 11-330-3000", "+81 (0)11…" and
    /// "81 90 4471 6628" become "0113303000" and "09044716628". Null for another country's number ("+1 206…").
    /// </summary>
    public static string? Domestic(ReadOnlySpan<char> number)
    {
        var digits = DigitsOf(number);
        var trimmed = number.TrimStart("+＋( ");
        var international = number.IndexOfAny('+', '＋') >= 0
            || (trimmed.StartsWith(JapanCountryCode) && trimmed.Length > 2 && !char.IsDigit(trimmed[2]));
        if (!international)
        {
            return digits;
        }

        if (!digits.StartsWith(JapanCountryCode, StringComparison.Ordinal))
        {
            return null;
        }

        var national = digits[2..];
        return national.StartsWith('0') ? national : "0" + national;
    }

    /// <summary>
    /// The digits with their country code, for a number written as another country's: "+1 (844) 201-7736" and "1-800-555-0199"
    /// become "18442017736" and "18005550199", and "(415) 882-0937", North America's own way, gets its 1. Null for a number
    /// written as one dialled inside Japan, which starts with 0.
    /// </summary>
    public static string? WithCountryCode(ReadOnlySpan<char> number)
    {
        var digits = DigitsOf(number);
        if (number.IndexOfAny('+', '＋') >= 0 || (digits.Length == NorthAmericanDigits + 1 && digits[0] == NorthAmericaCountryCode))
        {
            return digits;
        }

        return digits.Length == NorthAmericanDigits && number.TrimStart().StartsWith('(') && digits[0] != '0' ? NorthAmericaCountryCode + digits : null;
    }

    private static string DigitsOf(ReadOnlySpan<char> number)
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

        return new string(digits[..count]);
    }
}
