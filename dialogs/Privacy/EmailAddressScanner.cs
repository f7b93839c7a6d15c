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
    private readonly IModel _model;

    public EmailAddressScanner()
    {
        _model = RecognizerModels.Build(() => new SequenceRecognizer(Culture.English).GetEmailModel());

        // The model compiles its patterns on first use (about a second); pay that at start-up.
        RecognizerModels.Parse(_model, "warm.up@example.com");
    }

    public void Scan(string folded, List<SensitiveFinding> findings)
    {
        if (!folded.Contains('@'))
        {
            return;
        }

        foreach (var result in RecognizerModels.Parse(_model, folded))
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
