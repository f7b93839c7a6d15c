using System.Text;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Replaces every finding with <c>[redacted:card]</c>, <c>[redacted:code]</c>,
/// <c>[redacted:password]</c>, <c>[redacted:email]</c> or <c>[redacted:phone]</c>, except the
/// public phone numbers in <see cref="RedactionOptions"/>.
/// </summary>
internal sealed class SensitiveDataRedactor : ISensitiveDataRedactor
{
    private readonly ISensitiveDataDetector _detector;
    private readonly HashSet<string> _publicPhoneDigits;

    public SensitiveDataRedactor(ISensitiveDataDetector detector, RedactionOptions? options = null)
    {
        _detector = detector;
        _publicPhoneDigits = (options?.PublicPhoneNumbers ?? []).Select(DigitsOf).ToHashSet(StringComparer.Ordinal);
    }

    public static string MarkerFor(SensitiveKind kind) => kind switch
    {
        SensitiveKind.CardNumber => "[redacted:card]",
        SensitiveKind.SecurityCode => "[redacted:code]",
        SensitiveKind.Password => "[redacted:password]",
        SensitiveKind.EmailAddress => "[redacted:email]",
        SensitiveKind.PhoneNumber => "[redacted:phone]",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? redacted = null;
        var copiedUpTo = 0;
        foreach (var finding in _detector.Find(text))
        {
            if (IsPublicPhoneNumber(text, finding))
            {
                continue;
            }

            redacted ??= new StringBuilder(text.Length);
            redacted.Append(text, copiedUpTo, finding.Start - copiedUpTo).Append(MarkerFor(finding.Kind));
            copiedUpTo = finding.End;
        }

        return redacted is null ? text : redacted.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }

    private bool IsPublicPhoneNumber(string text, SensitiveFinding finding) =>
        finding.Kind == SensitiveKind.PhoneNumber
        && _publicPhoneDigits.Count > 0
        && _publicPhoneDigits.Contains(DigitsOf(text.Substring(finding.Start, finding.Length)));

    // Full-width digits count: 「０１２０」 is the same number as "0120".
    private static string DigitsOf(string phoneNumber) =>
        string.Concat(phoneNumber.Where(char.IsDigit).Select(c => (char)('0' + (int)char.GetNumericValue(c))));
}
