namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// The public phone numbers of <see cref="RedactionOptions"/>, compared by their digits in any form
/// (「０１２０」 is "0120", "+81 11…" is "011…"): a finding that is exactly one of them is no secret.
/// </summary>
internal sealed class PublicPhoneNumbers(RedactionOptions? options)
{
    private readonly HashSet<string> _digits = (options?.PublicPhoneNumbers ?? []).Select(n => PhoneDigits.Domestic(n)).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public bool IsPublic(string text, SensitiveFinding finding) =>
        finding.Kind == SensitiveKind.PhoneNumber
        && _digits.Count > 0
        && PhoneDigits.Domestic(text.AsSpan(finding.Start, finding.Length)) is { } domestic
        && _digits.Contains(domestic);
}
