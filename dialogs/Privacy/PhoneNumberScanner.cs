using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Phone numbers: the Microsoft.Recognizers.Text phone model (results scoring at least
/// <see cref="MinimumScore"/>; a bare "12345678" scores 0.3) that can be dialled, plus a pattern for Japanese numbers
/// the model misses when they touch Japanese text (「電話番号は090-1234-5678です」): 0 and 9–10
/// more digits, or +81 and 9–10 digits, grouped by spaces or hyphens. Runs only on text with
/// at least seven digits, since no phone number is shorter.
/// </summary>
internal sealed partial class PhoneNumberScanner : ISensitiveScanner
{
    private const double MinimumScore = 0.4;
    private const int MinDigits = 7;
    private const int MinDiallableDigits = 10;

    // Built on the first text with enough digits (building it and compiling its patterns takes hundreds of
    // milliseconds), so start-up does not wait for it; the host's warm-up builds it in the background.
    private readonly Lazy<IModel> _model = new(() => RecognizerModels.Build(() => new SequenceRecognizer(Culture.Japanese).GetPhoneNumberModel()));

    public void Scan(string folded, List<SensitiveFinding> findings)
    {
        if (Token.CountDigits(folded) < MinDigits)
        {
            return;
        }

        foreach (var result in RecognizerModels.Parse(_model.Value, folded))
        {
            if (ScoreOf(result) >= MinimumScore && IsDiallable(folded, result.Start, result.End + 1))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.PhoneNumber, result.Start, result.End - result.Start + 1));
            }
        }

        foreach (var match in JapanesePhoneNumber().EnumerateMatches(folded))
        {
            if (IsJapanesePhoneNumber(folded.AsSpan(match.Index, match.Length)))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.PhoneNumber, match.Index, match.Length));
            }
        }
    }

    private static double ScoreOf(ModelResult result) =>
        result.Resolution?.TryGetValue("score", out var score) == true
            ? Convert.ToDouble(score, CultureInfo.InvariantCulture)
            : 1.0;

    /// <summary>
    /// A number someone could dial: international ('+'), or a trunk '0' (or an area code in brackets) and
    /// at least <see cref="MinDiallableDigits"/> digits, or grouped the North American way (555-123-4567);
    /// never glued to letters. Error codes (00000005, 0x80070005), case ids and tracking numbers are not phone numbers.
    /// </summary>
    private static bool IsDiallable(string folded, int start, int end)
    {
        var number = folded.AsSpan(start, end - start).Trim();
        if ((start > 0 && char.IsAsciiLetter(folded[start - 1])) || (end < folded.Length && char.IsAsciiLetter(folded[end])))
        {
            return false;
        }

        return number.StartsWith('+')
            || ((number.StartsWith('0') || number.StartsWith('(')) && Token.CountDigits(number) >= MinDiallableDigits)
            || NorthAmericanNumber().IsMatch(number);
    }

    private static bool IsJapanesePhoneNumber(ReadOnlySpan<char> number)
    {
        var digits = Token.CountDigits(number);
        return number.StartsWith("+81") ? digits is 11 or 12 or 13 : digits is 10 or 11;
    }

    [GeneratedRegex(@"^(?:1[\s.\-])?\(?\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}$")]
    private static partial Regex NorthAmericanNumber();

    // Grouped by spaces, hyphens or dashes (a minus sign 「−」 or 「ー」 typed in Japanese).
    // An area code may stand in brackets (06(6123)4567, +81 (0)3-5555-0123), and groups may be joined by 「の」 as read aloud (090の2468の1357).
    [GeneratedRegex(@"(?<![\d+])(?:\+81\s?(?:\(0\))?[\s\-\u2010-\u2015\u2212\u30FC]?|\(?0)\d{1,4}(?:\s?[\-\u2010-\u2015\u2212\u30FCの()]\s?|\s)?\d{1,4}(?:\s?[\-\u2010-\u2015\u2212\u30FCの()]\s?|\s)?\d{3,4}(?!\d)")]
    private static partial Regex JapanesePhoneNumber();
}
