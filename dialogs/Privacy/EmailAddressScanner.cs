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
internal sealed partial class EmailAddressScanner : ISensitiveScanner
{
    private static readonly SearchValues<char> NameMarks = SearchValues.Create("._+0123456789");

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
            findings.Add(new SensitiveFinding(SensitiveKind.EmailAddress, result.Start, result.End - result.Start + 1));
        }

        foreach (var match in EmailAddress().EnumerateMatches(folded))
        {
            findings.Add(new SensitiveFinding(SensitiveKind.EmailAddress, match.Index, match.Length));
        }
    }

    private static void AddSpelledOut(string folded, List<SensitiveFinding> findings)
    {
        // Cheap tests first: most messages spell out no address, and the patterns cost microseconds.
        var spelledAt = folded.Contains("アット", StringComparison.Ordinal) || folded.Contains("あっと", StringComparison.Ordinal)
            || (folded.AsSpan().IndexOfAny("([{<") >= 0 && folded.Contains("at", StringComparison.OrdinalIgnoreCase));
        var spacedDot = folded.Contains(" dot ", StringComparison.OrdinalIgnoreCase);
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

        foreach (Match match in SpacedAt().Matches(folded))
        {
            var local = match.Groups["local"];
            if (match.Groups["lead"].Success || match.Groups["dotted"].Success || local.ValueSpan.IndexOfAny(NameMarks) >= 0)
            {
                findings.Add(new SensitiveFinding(SensitiveKind.EmailAddress, local.Index, match.Index + match.Length - local.Index));
            }
        }
    }

    // "hanako (at) example (dot) jp", "jiro[at]example[dot]net", 「hanako アットマーク example ドット jp」.
    [GeneratedRegex(
        @"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]*\s*(?:[(\[{<]\s*at\s*[)\]}>]|アットマーク|アット|あっと)\s*[a-z0-9\-]+(?:\s*(?:[(\[{<]\s*dot\s*[)\]}>]|ドット|どっと|\.)\s*[a-z0-9\-]+)*(?:\s*(?:[(\[{<]\s*dot\s*[)\]}>]|ドット|どっと|\.)\s*[a-z]{2,24})(?![a-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BracketedAt();

    // "taro at example dot com", with what comes before it when that says an address follows.
    [GeneratedRegex(
        @"(?<lead>(?:^|[:：]|\bis|は|\b(?:e-?mail|mail|address|me)|メール|メアド|アドレス)\s*)?(?<![a-z0-9._%+\-])(?<local>[a-z0-9][a-z0-9._%+\-]*(?<dotted>\s+dot\s+[a-z0-9][a-z0-9._%+\-]*)*)\s+at\s+[a-z0-9\-]+(?:\s+dot\s+[a-z0-9\-]+)*\s+dot\s+[a-z]{2,24}(?![a-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpacedAt();

    // Spaces around the '@' (「naoko ＠ icloud.com」 folds to "naoko @ icloud.com") do not hide an address.
    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+ {0,2}@ {0,2}[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}(?![A-Za-z0-9])")]
    private static partial Regex EmailAddress();
}
