using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Email addresses: the Microsoft.Recognizers.Text email model, plus a plain pattern for what it
/// may miss (plus-addressing, an address run into Japanese text). Both run only when the text
/// contains '@': the model costs tens of microseconds even on text without an address.
/// </summary>
internal sealed partial class EmailAddressScanner : ISensitiveScanner
{
    // Built on the first text with an '@' (building it and compiling its patterns takes hundreds of
    // milliseconds), so start-up does not wait for it; the host's warm-up builds it in the background.
    private readonly Lazy<IModel> _model = new(() => RecognizerModels.Build(() => new SequenceRecognizer(Culture.English).GetEmailModel()));

    public void Scan(string folded, List<SensitiveFinding> findings)
    {
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

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")]
    private static partial Regex EmailAddress();
}
