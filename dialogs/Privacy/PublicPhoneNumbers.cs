namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// The public phone numbers of <see cref="RedactionOptions"/>, compared by their digits in any form
/// (「０１２０」 is "0120", "+81 11…" is "011…"): a finding that is exactly one of them is no secret.
/// </summary>
internal sealed class PublicPhoneNumbers(RedactionOptions? options)
{
    private readonly HashSet<string> _digits = (options?.PublicPhoneNumbers ?? []).Select(DigitsOf).ToHashSet(StringComparer.Ordinal);

    public bool IsPublic(string text, SensitiveFinding finding) =>
        finding.Kind == SensitiveKind.PhoneNumber
        && _digits.Count > 0
        && _digits.Contains(DigitsOf(text.Substring(finding.Start, finding.Length)));

    /// <summary>The number as dialled inside Japan: "+81 11-330-3000" and "+81 (0)11…" are "0113303000".</summary>
    private static string DigitsOf(string phoneNumber)
    {
        var digits = string.Concat(phoneNumber.Where(char.IsDigit).Select(c => (char)('0' + (int)char.GetNumericValue(c))));
        if (!phoneNumber.Contains('+') && !phoneNumber.Contains('＋'))
        {
            return digits;
        }

        var national = digits.StartsWith("81", StringComparison.Ordinal) ? digits[2..] : digits;
        return national.StartsWith('0') ? national : "0" + national;
    }
}
