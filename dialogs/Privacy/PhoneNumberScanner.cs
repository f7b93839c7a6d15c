using System.Buffers;
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
internal sealed partial class PhoneNumberScanner(NotSecretsLexicon lexicon) : ISensitiveScanner
{
    // 〇 to 九 in order, then 零 for zero: a number's index modulo ten is its digit.
    private const string KanjiNumerals = "〇一二三四五六七八九零";
    private static readonly SearchValues<char> KanjiZeros = SearchValues.Create("〇零");
    private static readonly SearchValues<char> AnyKanjiNumeral = SearchValues.Create(KanjiNumerals);

    private const double MinimumScore = 0.4;
    private const int MinDigits = 7;
    private const int MinDiallableDigits = 10;
    private const int MinLastGroupDigits = 3;

    // Built on the first text with enough digits (building it and compiling its patterns takes hundreds of
    // milliseconds), so start-up does not wait for it; the host's warm-up builds it in the background.
    private readonly Lazy<IModel> _model = new(() => RecognizerModels.Build(() => new SequenceRecognizer(Culture.Japanese).GetPhoneNumberModel()));

    public void Scan(string folded, List<SensitiveFinding> findings)
    {
        if (folded.AsSpan().IndexOfAny(KanjiZeros) >= 0)
        {
            AddKanjiNumbers(folded, findings);
        }

        if (Token.CountDigits(folded) < MinDigits)
        {
            return;
        }

        foreach (var result in RecognizerModels.Parse(_model.Value, folded))
        {
            if (ScoreOf(result) >= MinimumScore && IsDiallable(folded, result.Start, result.End + 1))
            {
                AddUnlessBusiness(folded, result.Start, result.End - result.Start + 1, findings);
            }
        }

        AddJapaneseNumbers(folded, findings);
        AddInternationalNumbers(folded, findings);
        AddNumberInParts(folded, findings);
        AddNumbersAfterAPhoneWord(MobileWithoutTheTrunkZero(), folded, findings);
        AddNumbersAfterAPhoneWord(ChineseMobile(), folded, findings);
        AddNumbersAfterAPhoneWord(GroupedByCommas(), folded, findings);
        AddNumbersAfterAPhoneWord(AreaCodeInBrackets(), folded, findings);
    }

    // A North American number with its area code in brackets ("(415) 882-0937"), which nothing but a phone number is written as:
    // unlike the others taken by AddNumbersAfterAPhoneWord, this pattern needs no phone word before it.
    [GeneratedRegex(@"(?<![\d+\-(])(?<number>\([2-9]\d{2}\)\s?\d{3}[\s.\-]\d{4})(?![\d\-])", RegexOptions.CultureInvariant)]
    private static partial Regex AreaCodeInBrackets();

    /// <summary>
    /// Each <c>number</c> of <paramref name="pattern"/>, a number told after a phone word in a shape only that word makes a phone
    /// number of: a Japanese mobile without its leading 0, as people used to other countries' numbers write it ("my phone number is
    /// 90 5512 8830", 「携帯は 80-4471-2290」), or a mainland Chinese mobile, 11 digits from 13x to 19x (「我的手机号 138 2746 5019」),
    /// which people who moved here still have on their account.
    /// </summary>
    private void AddNumbersAfterAPhoneWord(Regex pattern, string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in pattern.Matches(folded))
        {
            var number = match.Groups["number"];
            AddUnlessBusiness(folded, number.Index, number.Length, findings);
        }
    }

    [GeneratedRegex(@"(?:(?<![a-z])(?:phone|mobile|cell|number)(?![a-z])|電話|携帯|手机|手機|电话|号码|號碼)[^\d\n]{0,24}?(?<![\d+\-])(?<number>1[3-9]\d[\s\-]?\d{4}[\s\-]?\d{4})(?![\d\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChineseMobile();

    private const int MobileDigits = 11;

    // A number told in groups with commas between, as it is read aloud ("my number is 080, 2241, 6038", 「携帯は 090、1234、5678」): a list
    // of numbers has the same shape, so only after a phone word, and only in a phone number's groups (3-4-4, 2-4-4, 4-2-4, 5-1-4).
    [GeneratedRegex(@"(?:(?<![a-z])(?:phone|mobile|cell|number|tel)(?![a-z])|電話|携帯|ケータイ|番号)[^\d\n]{0,24}?(?<![\d+\-])(?<number>0(?:\d{2}[,、]\s?\d{4}|\d[,、]\s?\d{4}|\d{3}[,、]\s?\d{2}|\d{4}[,、]\s?\d)[,、]\s?\d{4})(?![\d\-]|[,、]\s?\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupedByCommas();

    private static readonly SearchValues<char> MaskMarks = SearchValues.Create("*●•＊");

    [GeneratedRegex(@"(?<![\d*●•＊+\-])0[789]0[\s\-]?(?=[\d*●•＊]{4}[\s\-]?[\d*●•＊]{4}(?![\d*●•＊]))(?=[\d\s\-]*[*●•＊])[\d*●•＊]{4}[\s\-]?[\d*●•＊]{4}")]
    private static partial Regex MobileWithMaskedDigits();

    [GeneratedRegex(@"(?<![\d+\-])0[789]0\s*(?:と|の|\s(?i:no|to)\s)\s*\d{4}\s*(?:と|の|\s(?i:no|to)\s)\s*\d{4}(?![\d\-])")]
    private static partial Regex MobileInSpokenGroups();

    [GeneratedRegex(@"(?<![\dA-Za-z+\-])0[789]0[\-\u2010-\u2015\u2212\u30FC]\d{1,5}[\-\u2010-\u2015\u2212\u30FC]\d{1,6}(?![\d\-])")]
    private static partial Regex MobileGroupedOddly();

    [GeneratedRegex(@"(?:(?<![a-z])(?:phone|mobile|cell|tel)(?![a-z])|電話|携帯|ケータイ)[^\d\n]{0,24}?(?<![\d+\-])(?<number>[789]0[\s\-]?\d{4}[\s\-]?\d{4})(?![\d\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MobileWithoutTheTrunkZero();

    /// <summary>
    /// A number told by its start and its end ("it starts with 090 1234 and ends in 5678", 「頭は080-55、最後は1290」): the two parts
    /// make a whole number of 10 or 11 digits. The end alone is what masked numbers show, and stays.
    /// </summary>
    private static void AddNumberInParts(string folded, List<SensitiveFinding> findings)
    {
        var start = NumberStart().Match(folded);
        var end = start.Success ? NumberEnd().Match(folded) : Match.Empty;
        if (!start.Success || !end.Success)
        {
            return;
        }

        var first = start.Groups["part"];
        var last = end.Groups["part"];
        var digits = Token.CountDigits(first.ValueSpan) + Token.CountDigits(last.ValueSpan);
        if (digits is 10 or 11 && first.ValueSpan.TrimStart()[0] == '0')
        {
            findings.Add(new SensitiveFinding(SensitiveKind.PhoneNumber, first.Index, first.Length));
            findings.Add(new SensitiveFinding(SensitiveKind.PhoneNumber, last.Index, last.Length));
        }
    }

    [GeneratedRegex(@"(?:(?<![a-z])(?:starts?|starting|begins?|beginning)\s+with|(?:頭|最初|先頭|始まり)(?:は|が))\s*(?<part>0\d{1,4}(?:[\s\-]\d{1,4})?)(?![\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberStart();

    [GeneratedRegex(@"(?:(?<![a-z])(?:ends?|ending)\s+(?:in|with)|(?:最後|末尾|下\s?[34]\s?桁|お尻)(?:は|が))\s*(?<part>\d{3,4}(?:[\s\-]\d{4})?)(?![\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberEnd();

    private void AddJapaneseNumbers(string folded, List<SensitiveFinding> findings)
    {
        foreach (var match in JapanesePhoneNumber().EnumerateMatches(folded))
        {
            if (IsJapanesePhoneNumber(folded.AsSpan(match.Index, match.Length)))
            {
                AddUnlessBusiness(folded, match.Index, match.Length, findings);
            }
        }

        AddWithDigits(DigitByDigit(), MinDiallableDigits, MobileDigits, folded, findings);

        // A mobile number with its hyphens in the wrong places (「070-338-29155」): 070, 080 or 090 and eight more digits.
        AddWithDigits(MobileGroupedOddly(), MobileDigits, MobileDigits, folded, findings);

        // A mobile number told in its groups with 「と」 or 「の」 between, as it is said aloud (「090 と 8842 と 1937 です」), or in romaji
        // ("080 no 5531 no 0928").
        AddWithDigits(MobileInSpokenGroups(), MobileDigits, MobileDigits, folded, findings);

        // A mobile number with one digit starred out (「090 5512 7*08」) still names the person: hidden well, four or more are.
        foreach (var match in MobileWithMaskedDigits().EnumerateMatches(folded))
        {
            if (folded.AsSpan(match.Index, match.Length).IndexOfAny(MaskMarks) == folded.AsSpan(match.Index, match.Length).LastIndexOfAny(MaskMarks))
            {
                AddUnlessBusiness(folded, match.Index, match.Length, findings);
            }
        }
    }

    private void AddWithDigits(Regex pattern, int minDigits, int maxDigits, string folded, List<SensitiveFinding> findings)
    {
        foreach (var match in pattern.EnumerateMatches(folded))
        {
            var digits = Token.CountDigits(folded.AsSpan(match.Index, match.Length));
            if (digits >= minDigits && digits <= maxDigits)
            {
                AddUnlessBusiness(folded, match.Index, match.Length, findings);
            }
        }
    }

    /// <summary>A number with a country code as it is written abroad: "+1 (212) 804-3371", "+44 20 7946 0958", "+63 917 555 0134".</summary>
    private void AddInternationalNumbers(string folded, List<SensitiveFinding> findings)
    {
        foreach (var number in InternationalNumber().EnumerateMatches(folded))
        {
            var digits = Token.CountDigits(folded.AsSpan(number.Index, number.Length));
            if (digits is >= MinInternationalDigits and <= MaxInternationalDigits)
            {
                AddUnlessBusiness(folded, number.Index, number.Length, findings);
            }
        }
    }

    private const int MinInternationalDigits = 9;
    private const int MaxInternationalDigits = 15;

    [GeneratedRegex(@"(?<![\d+\w])\+\d{1,3}[\s\-.]?\(?\d{1,4}\)?(?:[\s\-.]?\d{2,4}){2,3}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalNumber();

    /// <summary>
    /// Toll-free and shared-cost numbers (0120…, 0570…, and abroad 1-800…) are a business's: quoting one reveals nothing about the
    /// person, and they are what scam texts tell people to call.
    /// </summary>
    private void AddUnlessBusiness(string text, int start, int length, List<SensitiveFinding> findings)
    {
        var number = text.AsSpan(start, length);
        var business = (PhoneDigits.Domestic(number) is { } domestic && lexicon.IsBusinessNumber(domestic))
            || (PhoneDigits.WithCountryCode(number) is { } international && lexicon.IsForeignBusinessNumber(international));
        if (!business)
        {
            findings.Add(new SensitiveFinding(SensitiveKind.PhoneNumber, start, length));
        }
    }

    /// <summary>
    /// A number read out in kanji numerals (〇九〇‐四四一二‐八八三〇): each numeral is one character, like the digit it
    /// stands for, so the same pattern runs on a copy with numerals as digits and the positions stay the same.
    /// </summary>
    private void AddKanjiNumbers(string folded, List<SensitiveFinding> findings)
    {
        var digits = string.Create(folded.Length, folded, static (copy, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                var numeral = KanjiNumerals.IndexOf(text[i], StringComparison.Ordinal);
                copy[i] = numeral < 0 ? text[i] : (char)('0' + (numeral % 10));
            }
        });
        foreach (var match in JapanesePhoneNumber().EnumerateMatches(digits))
        {
            if (IsJapanesePhoneNumber(digits.AsSpan(match.Index, match.Length))
                && folded.AsSpan(match.Index, match.Length).IndexOfAny(AnyKanjiNumeral) >= 0)
            {
                AddUnlessBusiness(digits, match.Index, match.Length, findings);
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
    /// never glued to letters. Error codes (00000005, 0x80070005), case ids and tracking numbers are not phone numbers, nor
    /// a grouped number whose last group is shorter than a subscriber's three or four digits (a reference: 0123-4567-89).
    /// </summary>
    private static bool IsDiallable(string folded, int start, int end)
    {
        var number = folded.AsSpan(start, end - start).Trim();
        if ((start > 0 && char.IsAsciiLetter(folded[start - 1])) || (end < folded.Length && char.IsAsciiLetter(folded[end]))
            || ContinuesADigitRun(folded, start, end))
        {
            return false;
        }

        var lastGroup = number.Length - 1 - number.LastIndexOfAnyExceptInRange('0', '9');
        if (lastGroup < MinLastGroupDigits && lastGroup < Token.CountDigits(number))
        {
            return false;
        }

        return number.StartsWith('+')
            || ((number.StartsWith('0') || number.StartsWith('(')) && Token.CountDigits(number) >= MinDiallableDigits)
            || NorthAmericanNumber().IsMatch(number);
    }

    /// <summary>
    /// The tail or head of a longer run of digit groups (an order number 249-7731042-5518836 holds 042-5518836, a build
    /// 0312-4455-6677.2 holds 0312-4455-6677): a phone number stands apart from other digits.
    /// </summary>
    private static bool ContinuesADigitRun(string folded, int start, int end) =>
        (start > 0 && (char.IsAsciiDigit(folded[start - 1]) || (start > 1 && folded[start - 1] == '-' && char.IsAsciiDigit(folded[start - 2]))))
        || (end < folded.Length && (char.IsAsciiDigit(folded[end]) || (end + 1 < folded.Length && folded[end] is '-' or '.' && char.IsAsciiDigit(folded[end + 1]))));

    private static bool IsJapanesePhoneNumber(ReadOnlySpan<char> number)
    {
        var digits = Token.CountDigits(number);
        return number.TrimStart('(').StartsWith("+81") || number.StartsWith("81") ? digits is 11 or 12 or 13 : digits is 10 or 11;
    }

    [GeneratedRegex(@"^(?:1[\s.\-])?\(?\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}$")]
    private static partial Regex NorthAmericanNumber();

    // Grouped by spaces, dots, middle dots (090・1234・5678), hyphens or dashes (a minus sign 「−」 or 「ー」 typed in Japanese).
    // An area code may stand in brackets (06(6123)4567, +81 (0)3-5555-0123), and groups may be joined by 「の」 as read aloud (090の2468の1357)
    // or each quoted (「070」「8846」「2093」).
    // Read out digit by digit (0 8 0 - 7 3 1 4 - 6 5 0 9): every digit apart.
    [GeneratedRegex(@"(?<![\dA-Za-z+])0(?:(?: | ?[\-\u2010-\u2015\u2212\u30FC] ?)\d){9,10}(?! ?\d)")]
    private static partial Regex DigitByDigit();

    [GeneratedRegex(@"(?<![\dA-Za-z+])(?:(?:\(\+81\)|\+81|81(?=[\s\-][1-9]))[\s\-\u2010-\u2015\u2212\u30FC]?(?:\(0\))?[\s\-\u2010-\u2015\u2212\u30FC]?|\(?0)\d{1,4}(?:\s?[\-\u2010-\u2015\u2212\u30FC\u30FB.の()]\s?|\s|」\s*[、,]?\s*「)?\d{1,4}(?:\s?[\-\u2010-\u2015\u2212\u30FC\u30FB.の()]\s?|\s|」\s*[、,]?\s*「)?\d{3,4}(?!\d|\.\d)")]
    private static partial Regex JapanesePhoneNumber();
}
