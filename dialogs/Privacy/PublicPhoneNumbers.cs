namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// The public phone numbers of <see cref="RedactionOptions"/>, compared by their digits in any form
/// (「０１２０」 is "0120", "+81 11…" is "011…"): a finding that is exactly one of them is no secret, nor is one a digit away
/// from one the message also quotes ("I called 011-330-3000, or was it 011-380-3000?"): the same number, misread.
/// </summary>
internal sealed class PublicPhoneNumbers(RedactionOptions? options)
{
    private readonly HashSet<string> _digits = (options?.PublicPhoneNumbers ?? []).Select(n => PhoneDigits.Domestic(n)).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public bool IsPublic(string text, SensitiveFinding finding) =>
        finding.Kind == SensitiveKind.PhoneNumber
        && _digits.Count > 0
        && PhoneDigits.Domestic(text.AsSpan(finding.Start, finding.Length)) is { } domestic
        && (_digits.Contains(domestic) || _digits.Any(number => OneDigitApart(number, domestic) && QuotesElsewhere(text, finding, number)));

    private static bool OneDigitApart(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var different = 0;
        for (var i = 0; i < a.Length && different < 2; i++)
        {
            different += a[i] == b[i] ? 0 : 1;
        }

        return different == 1;
    }

    private static bool QuotesElsewhere(string text, SensitiveFinding finding, string number) =>
        PhoneDigits.Domestic(text.AsSpan(0, finding.Start))?.Contains(number, StringComparison.Ordinal) == true
        || PhoneDigits.Domestic(text.AsSpan(finding.End))?.Contains(number, StringComparison.Ordinal) == true;
}
