using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Payment card numbers: 13–19 digits, written together or in groups separated by spaces or
/// dashes (half- or full-width, including 「ー」), dots or underscores (and, since the detector
/// normalises first, zero-width characters and any script's digits), whose first digit is not 0 (that would be a
/// phone number) and which pass the Luhn check. A trailing group typed after the number (a CVV
/// or expiry month) does not hide it. Amazon order numbers (3-7-7 digits) are not cards.
/// </summary>
internal sealed partial class CardNumberScanner : ISensitiveScanner
{
    private const int MinDigits = 13;
    private const int MaxDigits = 19;
    private const int MinHalfDigits = 4;
    private const int MaxHalfGap = 16;
    private const int BarcodeWordWindow = 16;

    // "IMEI of the lost phone: 4901…": the word may stand a few words before the number.
    private const int DeviceWordWindow = 28;

    public void Scan(string folded, List<SensitiveFinding> findings)
    {
        if (Token.CountDigits(folded) < MinDigits)
        {
            return;
        }

        var runs = new List<Range>();
        var cardWord = CardWord().IsMatch(folded);
        var digitRun = cardWord ? DigitRunReadOut() : DigitRun();
        foreach (var run in digitRun.EnumerateMatches(folded))
        {
            runs.Add(new Range(run.Index, run.Index + run.Length));
            var groups = DigitGroups(folded.AsSpan(run.Index, run.Length), run.Index);
            // After '+' the digits are a country code and a phone number (+49 1512 3348 760), whatever Luhn says.
            if (IsProductBarcode(folded, run.Index, groups) || (run.Index > 0 && folded[run.Index - 1] == '+'))
            {
                continue;
            }

            if (FindCard(folded, groups) is { } card)
            {
                findings.Add(card);
            }
        }

        if (!cardWord)
        {
            AddCommaGroupedCards(folded, findings);
        }

        AddHalves(folded, runs, findings);
        AddToldCards(folded, findings);
    }

    /// <summary>
    /// Four groups of four digits parted by commas as a number read out is (「番号は 4526、0181、5908、3012 です」), passing the card
    /// rule: a card even with no card word, since a list of four-digit numbers starting 3–6 passes Luhn by chance one time in ten
    /// and such lists (years, PINs) start with 1 or 2 or are not four groups of four.
    /// </summary>
    private static void AddCommaGroupedCards(string folded, List<SensitiveFinding> findings)
    {
        foreach (var run in CommaGroupedCard().EnumerateMatches(folded))
        {
            var groups = DigitGroups(folded.AsSpan(run.Index, run.Length), run.Index);
            if (FindCard(folded, groups) is { } card)
            {
                findings.Add(card);
            }
        }
    }

    [GeneratedRegex(@"(?<![\d,、])[3-6]\d{3}(?:[、,]\s?\d{4}){3}(?![\d,、])")]
    private static partial Regex CommaGroupedCard();

    /// <summary>
    /// A number told as the card's right after the card word ("my card 4599 9625 4689 567", 「カード番号 4980 0012 …」): a digit
    /// worn off or mistyped makes it fail the Luhn check, yet it is still the person's card.
    /// </summary>
    private static void AddToldCards(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in ToldCard().Matches(folded))
        {
            var number = match.Groups["number"];
            if (Token.CountDigits(number.ValueSpan) is >= MinDigits and <= MaxDigits)
            {
                findings.Add(new SensitiveFinding(SensitiveKind.CardNumber, number.Index, number.Length));
            }
        }
    }

    [GeneratedRegex(
        @"(?:(?<![a-z])(?:card|visa|master\s?card|amex|jcb|kaa?do)(?:\s+(?:number|no\.?|#|bangou))?|(?:カード|クレカ)の?(?:番号)?)\s*(?:は|が|って|is|wa|:|=)?\s*(?<number>[2-6]\d{3}(?:[\s\-]?\d{2,4}){2,4})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToldCard();

    /// <summary>
    /// A card number given in two parts in one sentence (「前半 4162… 後半 4184…」, "first half …, second half …"):
    /// two runs of at least <see cref="MinHalfDigits"/> digits a few characters apart, in a message about a
    /// card, that together pass the card rule. Two numbers joined by chance pass Luhn one time in ten, hence the card word.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> HalfBreakers = System.Buffers.SearchValues.Create("。.!?\n*●•＊xX");

    private static void AddHalves(string folded, List<Range> runs, List<SensitiveFinding> findings)
    {
        if (runs.Count < 2)
        {
            return;
        }

        var cardWord = CardWord().IsMatch(folded);

        for (var i = 0; i + 1 < runs.Count; i++)
        {
            var first = runs[i];
            var second = runs[i + 1];
            var gap = folded.AsSpan(first.End.Value, second.Start.Value - first.End.Value);
            // A mask between them (「5980,****-****-****-6201」) parts an amount from a masked card, not two halves of one.
            // The second row of a card read off as printed may stand on its own line or after a few words («上の段が …\n下の段が …»
            // "… and the bottom row …"): its name says the digits go on.
            // Without a card word, only two sets of eight digits in fours with the words that the rest follows between them
            // (「4295 5293 さっきの続きです 0701 0920」): the shape of a card sent in halves.
            var rest = RestFollows().IsMatch(gap);
            if (!cardWord && !(rest && IsFourAndFour(folded, first) && IsFourAndFour(folded, second)))
            {
                continue;
            }

            if (((gap.Length > MaxHalfGap || gap.IndexOfAny(HalfBreakers) >= 0) && !SecondRow().IsMatch(gap) && !rest)
                || Token.CountDigits(folded.AsSpan(first.Start.Value, first.End.Value - first.Start.Value)) < MinHalfDigits
                || Token.CountDigits(folded.AsSpan(second.Start.Value, second.End.Value - second.Start.Value)) < MinHalfDigits)
            {
                continue;
            }

            var groups = DigitGroups(folded.AsSpan(first.Start.Value, first.End.Value - first.Start.Value), first.Start.Value);
            groups.AddRange(DigitGroups(folded.AsSpan(second.Start.Value, second.End.Value - second.Start.Value), second.Start.Value));
            var start = first.Start.Value;
            var end = second.End.Value;
            if (IsCardNumber(folded, groups, start, end))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.CardNumber, start, end - start));
            }
        }
    }

    /// <summary>
    /// A 13-digit JAN/EAN (or ISBN) named as such: a product's barcode, which may pass Luhn by chance; or a device's
    /// number named as such (a 15-digit IMEI passes Luhn by design); or a number right after an identifier's label or prefix.
    /// </summary>
    private static bool IsProductBarcode(string folded, int start, List<Range> groups)
    {
        var before = folded.AsSpan(Math.Max(0, start - BarcodeWordWindow), Math.Min(start, BarcodeWordWindow));
        var longBefore = folded.AsSpan(Math.Max(0, start - DeviceWordWindow), Math.Min(start, DeviceWordWindow));
        return (groups.Sum(LengthOf) is 8 or 13 && BarcodeWord().IsMatch(before)) || DeviceNumberWord().IsMatch(longBefore)
            || IdentifierBefore().IsMatch(before);
    }

    // An identifier's label or prefix right before the digits («プレイヤー ID 1009…», "Payment ID: PP-2024-0611-…"): an account's or
    // a payment's number in a service, which may pass Luhn by chance.
    [GeneratedRegex(@"(?<![A-Za-z])(?:ID|Id|id)\s*(?:は|:|：|#)?\s*$|(?<![A-Za-z])[A-Z]{1,4}-$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierBefore();

    private static SensitiveFinding? FindCard(string folded, List<Range> groups)
    {
        // The whole run first, then without its last group ("4111 1111 1111 1111 123"), or without the expiry copied after it
        // ("5237-8841-0966-2016 / 03/27"); then without a short number told just before it ("a debit card I got at 16 4008 …").
        var fewest = Math.Max(1, groups.Count - (EndsInAnExpiry(folded, groups) ? 2 : 1));
        var lastFirst = groups.Count > MinGroupsAfterALeadingNumber && groups[0].End.Value - groups[0].Start.Value <= MaxLeadingNumberDigits ? 1 : 0;
        for (var first = 0; first <= lastFirst; first++)
        {
            for (var take = groups.Count - first; take >= Math.Max(1, fewest - first); take--)
            {
                var start = groups[first].Start.Value;
                var end = groups[first + take - 1].End.Value;
                if (IsCardNumber(folded, groups.GetRange(first, take), start, end))
                {
                    return new SensitiveFinding(SensitiveKind.CardNumber, start, end - start);
                }
            }
        }

        return null;
    }

    // A short number before a card's four groups is an age, a count or a day, not the card's first digits.
    private const int MaxLeadingNumberDigits = 3;
    private const int MinGroupsAfterALeadingNumber = 4;

    /// <summary>The last two groups are a month and a year with a slash between (03/27, 3/2027): a card's expiry, not its digits.</summary>
    private static bool EndsInAnExpiry(string folded, List<Range> groups)
    {
        if (groups.Count < 3)
        {
            return false;
        }

        var (month, year) = (groups[^2], groups[^1]);
        var monthLength = month.End.Value - month.Start.Value;
        var yearLength = year.End.Value - year.Start.Value;
        return monthLength is 1 or 2 && yearLength is 2 or 4
            && folded.AsSpan(month.End.Value, year.Start.Value - month.End.Value).Trim() is "/";
    }

    private static bool IsCardNumber(string folded, List<Range> groups, int start, int end)
    {
        Span<byte> digits = stackalloc byte[MaxDigits];
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsAsciiDigit(folded[i]))
            {
                if (count == MaxDigits)
                {
                    return false;
                }

                digits[count++] = (byte)(folded[i] - '0');
            }
        }

        return count >= MinDigits
            && digits[0] != 0
            && !IsAmazonOrderNumber(groups)
            && Luhn.IsValid(digits[..count]);
    }

    private static bool IsAmazonOrderNumber(List<Range> groups) =>
        groups is [var first, var second, var third]
        && LengthOf(first) == 3
        && LengthOf(second) == 7
        && LengthOf(third) == 7;

    private static int LengthOf(Range group) => group.End.Value - group.Start.Value;

    private static List<Range> DigitGroups(ReadOnlySpan<char> run, int offset)
    {
        var groups = new List<Range>(5);
        var groupStart = -1;
        for (var i = 0; i <= run.Length; i++)
        {
            var isDigit = i < run.Length && char.IsAsciiDigit(run[i]);
            if (isDigit && groupStart < 0)
            {
                groupStart = i;
            }
            else if (!isDigit && groupStart >= 0)
            {
                groups.Add(new Range(offset + groupStart, offset + i));
                groupStart = -1;
            }
        }

        return groups;
    }

    // The halves of a number read off the card as it is printed, in two rows (「上の段が … 下の段が …」"top row … bottom row …"), are card words too.
    [GeneratedRegex(@"カード|クレカ|クレジット|前半|後半|上の段|下の段|上段|下段|[12一二]段目|(?<![a-z])(?:card|visa|master\s?card|amex|jcb|first\s+half|second\s+half|(?:top|bottom|upper|lower)\s+row)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CardWord();

    [GeneratedRegex(@"^[\s、,]*(?:(?i:and\s+)?(?i:the\s+)?)(?:下の段|下段|[2二]段目|後半|残り|(?i:(?:bottom|lower|second)\s+row|second\s+half|(?:the\s+)?rest))[^\d。.!?*●•＊xX]{0,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex SecondRow();

    // The rest of the number follows: 「さっきの続きです」「続き：」"rest of it:", "continued".
    [GeneratedRegex(@"^[\s、,。.]*(?:(?:さっき|先ほど|前)の)?(?:続き|つづき|残り)(?:です|は|が)?[\s、,。.:：]*$|^[\s,.]*(?:(?:and\s+)?(?:the\s+)?rest(?:\s+of\s+(?:it|the\s+number))?(?:\s+is)?|continued|cont'?d)[\s,.:]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RestFollows();

    private static bool IsFourAndFour(string folded, Range run) =>
        DigitGroups(folded.AsSpan(run.Start.Value, run.End.Value - run.Start.Value), run.Start.Value) is [var a, var b]
        && LengthOf(a) == 4 && LengthOf(b) == 4;

    [GeneratedRegex(@"JAN|EAN|ISBN|GTIN|UPC|バーコード|商品コード", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BarcodeWord();

    [GeneratedRegex(@"IMEI|MEID|シリアル|製造番号|serial", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeviceNumberWord();

    // Digits joined by at most two separators at a time: spaces, hyphens, dashes, 「ー」, dots, underscores, slashes, 「・」; or by
    // three or four spaces, as groups of digits read out one at a time are set apart («4 9 0 1   5 5 2 8   …»).
    [GeneratedRegex(@"(?<!\d)\d(?:(?:[\s\-\u2010-\u2015\u2212\u30FC\uFF70._/\u30FB]{0,2}|[ \t]{3,4})\d)+(?!\d)")]
    private static partial Regex DigitRun();

    // In a message about a card, groups may also be parted by commas or a full stop as a number read out or dictated is
    // (「4 4 5 3、3 3 1 4、…」「5355、8104。6629 1707」), or by a
    // slash between spaces as one copied off in groups is (「3528 / 9900 / …」).
    [GeneratedRegex(@"(?<!\d)\d(?:(?:[\s\-\u2010-\u2015\u2212\u30FC\uFF70._/\u30FB\u3001\u3002,]{0,2}|[ \t]{3,4})\d|\s/\s\d)+(?!\d)")]
    private static partial Regex DigitRunReadOut();
}
