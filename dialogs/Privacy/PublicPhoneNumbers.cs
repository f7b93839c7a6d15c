namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// The public phone numbers of <see cref="RedactionOptions"/>, compared by their digits in any form
/// (「０１２０」 is "0120"): a finding that is exactly one of them is no secret.
/// </summary>
internal sealed class PublicPhoneNumbers(RedactionOptions? options)
{
    private readonly HashSet<string> _digits = (options?.PublicPhoneNumbers ?? []).Select(DigitsOf).ToHashSet(StringComparer.Ordinal);

    public bool IsPublic(string text, SensitiveFinding finding) =>
        finding.Kind == SensitiveKind.PhoneNumber
        && _digits.Count > 0
        && _digits.Contains(DigitsOf(text.Substring(finding.Start, finding.Length)));

    private static string DigitsOf(string phoneNumber) =>
        string.Concat(phoneNumber.Where(char.IsDigit).Select(c => (char)('0' + (int)char.GetNumericValue(c))));
}
