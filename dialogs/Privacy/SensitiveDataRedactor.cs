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
    private readonly PublicPhoneNumbers _publicPhoneNumbers;

    public SensitiveDataRedactor(ISensitiveDataDetector detector, RedactionOptions? options = null)
    {
        _detector = detector;
        _publicPhoneNumbers = new PublicPhoneNumbers(options);
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
            if (_publicPhoneNumbers.IsPublic(text, finding))
            {
                continue;
            }

            redacted ??= new StringBuilder(text.Length);
            redacted.Append(text, copiedUpTo, finding.Start - copiedUpTo).Append(MarkerFor(finding.Kind));
            copiedUpTo = finding.End;
        }

        return redacted is null ? text : redacted.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }
}
