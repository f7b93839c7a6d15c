using System.Buffers;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Email addresses: the Microsoft.Recognizers.Text email model, plus a plain pattern for what it
/// may miss (plus-addressing, an address run into Japanese text). Both run only when the text
/// contains '@': the model costs tens of microseconds even on text without an address. Addresses
/// spelled out are found too: "hanako (at) example (dot) jp", 「hanako アットマーク example ドット jp」,
/// and "taro at example dot com" where the name has '.', '_', '+' or a digit in it, or starts the
/// message or follows "is", ':', 「は」 or a word for email, or is itself spelled with "dot" ("mika dot sato at example dot org") ("I looked at amazon dot com" is no address).
/// </summary>
internal sealed partial class EmailAddressScanner(NotSecretsLexicon lexicon) : ISensitiveScanner
{
    private static readonly SearchValues<char> NameMarks = SearchValues.Create("._+0123456789");
    private const int SenderWindow = 24;

    private static readonly SearchValues<char> MaskMarks = SearchValues.Create("xX*●•.");

    // Built on the first text with an '@' (building it and compiling its patterns takes hundreds of
    // milliseconds), so start-up does not wait for it; the host's warm-up builds it in the background.
    private readonly Lazy<IModel> _model = new(() => RecognizerModels.Build(() => new SequenceRecognizer(Culture.English).GetEmailModel()));

    public void Scan(string folded, List<SensitiveFinding> findings)
    {
        AddSpelledOut(folded, findings);
        if (!folded.Contains('@'))
        {
            return;
        }

        foreach (var result in RecognizerModels.Parse(_model.Value, folded))
        {
            AddUnlessPublic(folded, result.Start, result.End - result.Start + 1, findings);
        }

        foreach (var match in EmailAddress().EnumerateMatches(folded))
        {
            AddUnlessPublic(folded, match.Index, match.Length, findings);
        }
    }

    /// <summary>The company's own sender addresses and masked examples (xxxx@example.com, ****@gmail.com) are nobody's address.</summary>
    private void AddUnlessPublic(string folded, int start, int length, List<SensitiveFinding> findings)
    {
        var address = folded.AsSpan(start, length);
        var local = address[..Math.Max(0, address.IndexOf('@'))].Trim();
        if (lexicon.IsCompanyAddress(address) || (local.Length > 0 && local.IndexOfAnyExcept(MaskMarks) < 0) || IsSender(folded, start, length))
        {
            return;
        }

        findings.Add(new SensitiveFinding(SensitiveKind.EmailAddress, start, length));
    }

    private static void AddSpelledOut(string folded, List<SensitiveFinding> findings)
    {
        // Cheap tests first: most messages spell out no address, and the patterns cost microseconds.
        var spelledAt = folded.Contains("アット", StringComparison.Ordinal) || folded.Contains("あっと", StringComparison.Ordinal)
            || (folded.AsSpan().IndexOfAny("([{<") >= 0 && folded.Contains("at", StringComparison.OrdinalIgnoreCase));
        var spacedDot = folded.Contains(" dot ", StringComparison.OrdinalIgnoreCase) || folded.Contains(" at ", StringComparison.OrdinalIgnoreCase);
        if (spelledAt)
        {
            foreach (var match in BracketedAt().EnumerateMatches(folded))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.EmailAddress, match.Index, match.Length));
            }
        }

        if (!spacedDot)
        {
            return;
        }

        // A word that turns out not to start an address ("me" in "contact me at daisuke dot ono at …") is passed over
        // one word at a time, so the address after it is still found.
        var from = 0;
        while (from < folded.Length && SpacedAt().Match(folded, from) is { Success: true } match)
        {
            var local = match.Groups["local"];
            if (match.Groups["lead"].Success || match.Groups["dotted"].Success || local.ValueSpan.IndexOfAny(NameMarks) >= 0)
            {
                findings.Add(new SensitiveFinding(SensitiveKind.EmailAddress, local.Index, match.Index + match.Length - local.Index));
                from = match.Index + match.Length;
            }
            else
            {
                from = local.Index + local.Length;
            }
        }
    }

    /// <summary>
    /// The address a mail came from ("got a mail from security@amaz0n-support.net", 「xxx@yyy.com からメールが来た」): somebody
    /// else's, quoted to ask whether the mail is genuine.
    /// </summary>
    private static bool IsSender(string folded, int start, int length)
    {
        var before = folded.AsSpan(Math.Max(0, start - SenderWindow), Math.Min(start, SenderWindow));
        var after = folded.AsSpan(start + length);
        return SenderBefore().IsMatch(before) || SenderAfter().IsMatch(after);
    }

    [GeneratedRegex(@"(?:(?:mail|message|text|sms|letter)s?\s+from|sender|差出人|送信元)\s*[:：]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SenderBefore();

    [GeneratedRegex(@"^\s*(?:から|より)(?:の)?\s*(?:メール|連絡|SMS|メッセージ|通知)")]
    private static partial Regex SenderAfter();

    // "hanako (at) example (dot) jp", "jiro[at]example[dot]net", 「hanako アットマーク example ドット jp」.
    [GeneratedRegex(
        @"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]*\s*(?:[(\[{<]\s*at\s*[)\]}>]|アットマーク|アット|あっと)\s*[a-z0-9\-]+(?:\s*(?:[(\[{<]\s*dot\s*[)\]}>]|ドット|どっと|\.)\s*[a-z0-9\-]+)*(?:\s*(?:[(\[{<]\s*dot\s*[)\]}>]|ドット|どっと|\.)\s*[a-z]{2,24})(?![a-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BracketedAt();

    // "taro at example dot com" or "kenji_1972 at docomo.ne.jp", with what comes before it when that says an address follows.
    [GeneratedRegex(
        @"(?<lead>(?:^|[:：]|\bis|は|\b(?:e-?mail|mail|address|me)|メール|メアド|アドレス)\s*)?(?<![a-z0-9._%+\-])(?<local>[a-z0-9][a-z0-9._%+\-]*(?<dotted>\s+dot\s+[a-z0-9][a-z0-9._%+\-]*)*)\s+at\s+(?:[a-z0-9\-]+(?:\s+dot\s+[a-z0-9\-]+)*\s+dot\s+[a-z]{2,24}|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,24})(?![a-z0-9]|\.[a-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpacedAt();

    // Spaces around the '@' (「naoko ＠ icloud.com」 folds to "naoko @ icloud.com") or around each dot ("sakura @ gmail . com") do not hide an address.
    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+ {0,2}@ {0,2}[A-Za-z0-9\-]+(?:(?:\.| \. )[A-Za-z0-9\-]+)*(?:\.| \. )[A-Za-z]{2,24}(?![A-Za-z0-9])")]
    private static partial Regex EmailAddress();
}
