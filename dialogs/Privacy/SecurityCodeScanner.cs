using System.Buffers;
using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Security codes, by three rules:
/// <list type="number">
/// <item>A 3–6 digit value right after a card-code or PIN word: CVV, CVC, CID, security code,
/// セキュリティコード, 暗証番号, PIN (「セキュリティコードは123」, "CVV: 1234", "the PIN we set is 8642").</item>
/// <item>A 4–8 digit number within a few characters of a one-time-code word: コード, code,
/// 認証, 確認, OTP, ワンタイム, one-time, verification, passcode, SMS, 2段階 (「認証コード 123456」,
/// "the code 123456 doesn't work"). Error, zip and postal codes (エラーコード, 郵便番号) do not count,
/// nor a number that is part of a date, amount or count (2024年, 1000円, 5回).</item>
/// <item>A message that is nothing but a 4–8 digit number, grouped or not ("123456", 「１２３ ４５６」):
/// that is what a user pasting a one-time code or a PIN sends. One to three digits alone are
/// choice answers and ratings ("2", 「２」, "5") and are never flagged.</item>
/// </list>
/// </summary>
internal sealed partial class SecurityCodeScanner : ISensitiveScanner
{
    // "281645 is your verification code": the word may follow the number by a few words.
    private const int KeywordWindow = 40;

    // "the security code from the email is 482913": the word may stand a clause before the number.
    private const int LeadingKeywordWindow = 32;

    private const int MinDigits = 3;

    // "the 4 numbers on the front of my amex is 1093": where the code is printed may take a clause.
    private const int CardCodeWordWindow = 48;

    private const string KanaDigit = "ぜろ|ゼロ|れい|まる|いち|イチ|に|ニ|さん|サン|よん|ヨン|し|シ|ご|ゴ|ろく|ロク|なな|ナナ|しち|シチ|はち|ハチ|きゅう|キュウ|く|ク";

    // Four number words take at least this many characters ("one two six oh").
    private const int MinSpokenLength = 14;

    public void Scan(string folded, List<SensitiveFinding> findings)
    {
        var before = findings.Count;
        AddCodes(folded, findings);
        if (findings.Count > before && folded.AsSpan().IndexOfAny(MaskOrEndWords) >= 0)
        {
            RemoveVisibleEndsRetold(folded, findings, before);
        }
    }

    private static void AddCodes(string folded, List<SensitiveFinding> findings)
    {
        AddKanjiCodes(folded, findings);
        AddLetterAndDigitCodes(folded, findings);
        AddSetupKeys(folded, findings);
        if (folded.Length >= MinSpokenLength)
        {
            AddCodesReadOut(SpokenNumber(), folded, findings);
        }

        if (folded.AsSpan().IndexOfAny("・、") >= 0)
        {
            AddCodesReadOut(KanaNumber(), folded, findings);
        }

        if (Token.CountDigits(folded) < MinDigits)
        {
            return;
        }

        AddPrefixedCodes(folded, findings);

        AddCardCodes(folded, findings);
        AddCardCodesNearby(folded, findings);
        AddBackupCodes(folded, findings);
        AddOneTimeCodes(folded, findings);
        AddBareCode(folded, findings);
        AddCorrectedCodes(folded, findings);
        AddCodesWithADigitDoubted(folded, findings);
        AddCodesInParts(folded, findings);
        AddRetypedCodes(folded, findings);
        AddConfirmedAfterAMask(folded, findings);
    }

    /// <summary>
    /// A PIN or a card code masked, then told after all with as many digits as the mask had («card PIN: **** — wait the chat said to
    /// confirm it? ok 3 9 0 6»): the value the mask hid.
    /// </summary>
    private static void AddConfirmedAfterAMask(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in MaskedThenTold().Matches(folded))
        {
            var code = match.Groups["code"];
            if (Token.CountDigits(code.ValueSpan) == match.Groups["mask"].Length)
            {
                findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, code.Index, code.Length));
            }
        }
    }

    [GeneratedRegex(@"(?:(?<![a-z])(?:pin|cvv2?|cvc2?|security\s*code)(?![a-z])|暗[証唱]番号|セキュリティー?コード)[^\n\d*●•＊]{0,12}?(?<mask>[*●•＊]{3,4})[^\n\d]{0,60}?(?<![\d\-])(?<code>\d(?: ?\d){2,3})(?! ?\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaskedThenTold();

    // Looked for in folded text, where full-width ＊ and ４ have become * and 4.
    private static readonly System.Buffers.SearchValues<string> MaskOrEndWords = System.Buffers.SearchValues.Create(
        ["*", "●", "•", "末尾", "下4桁", "last 4", "last four", "ending"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The visible end of a card or a number told again, corrected ("the last 4 on my visa are 2291... no wait, 2219", 「末尾が
    /// ***-****-5521 の番号に…、あ、5512でした」): four digits that differ by a digit or two from a masked number's or a named last four's
    /// are that end misread, not a code.
    /// </summary>
    private static void RemoveVisibleEndsRetold(string folded, List<SensitiveFinding> findings, int from)
    {
        var ends = VisibleEnd().Matches(folded).Select(end => (end.Groups["end"].Index, Digits: end.Groups["end"].Value)).ToList();
        if (ends.Count == 0)
        {
            return;
        }

        for (var i = findings.Count - 1; i >= from; i--)
        {
            var finding = findings[i];
            var digits = DigitsOnly(folded.AsSpan(finding.Start, finding.Length));
            if (ends.Exists(end => end.Index == finding.Start
                || (end.Index < finding.Start && end.Digits.Length == digits.Length && DifferentDigits(end.Digits, digits) <= 2)))
            {
                findings.RemoveAt(i);
            }
        }
    }

    // Four digits after a mask (***-****-5521, ●●●● 4417) or named as the last four («last 4 on my visa are», 「末尾が」「下4桁は」).
    [GeneratedRegex(@"(?:[*●•＊xX]{2,}[\s\-]?|(?<![a-z])(?:ending(?:\s+(?:in|with))?|ends\s+(?:in|with)|last\s+(?:4|four)(?:\s+digits)?(?:\s+(?:on|of)\s+(?:my|the|her|his|our)\s+[a-z]+)?(?:\s+(?:is|are|was|were))?\s*:?)\s*|(?:末尾|下\s*[4４四]\s*桁)(?:が|は|の)?\s*)(?<end>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VisibleEnd();

    /// <summary>
    /// Six digits typed twice in one message, once spaced out and once together («4 8 2 1 9 0 あ、もう一回 482190», "482190 i mean
    /// 4-8-2-1-9-0"): a code typed again to be read right.
    /// </summary>
    private static void AddRetypedCodes(string folded, List<SensitiveFinding> findings)
    {
        var numbers = SixDigits().Matches(folded);
        for (var i = 0; i < numbers.Count; i++)
        {
            for (var j = i + 1; j < numbers.Count; j++)
            {
                var (a, b) = (numbers[i], numbers[j]);
                if ((a.Length == OneTimeCodeDigits) != (b.Length == OneTimeCodeDigits) && DigitsOnly(a.Value) == DigitsOnly(b.Value))
                {
                    findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, a.Index, a.Length));
                    findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, b.Index, b.Length));
                }
            }
        }
    }

    private static string DigitsOnly(string number) => string.Concat(number.Where(char.IsAsciiDigit));

    // Six digits together or each apart by a space or a hyphen, standing alone.
    [GeneratedRegex(@"(?<![\d\-])(?:\d{6}|\d(?:[ \-]\d){5})(?!\d|[ \-]\d)")]
    private static partial Regex SixDigits();

    /// <summary>Kanji numerals (四八二九一三, 〇 or 零 for zero) after or before a one-time-code word: a code read out in words.</summary>
    private static void AddKanjiCodes(string folded, List<SensitiveFinding> findings)
    {
        foreach (var number in KanjiNumber().EnumerateMatches(folded))
        {
            var windowStart = Math.Max(0, number.Index - KeywordWindow);
            var windowEnd = Math.Min(folded.Length, number.Index + number.Length + KeywordWindow);
            var digits = 0;
            foreach (var c in folded.AsSpan(number.Index, number.Length))
            {
                digits += c is ' ' or '-' ? 0 : 1;
            }

            if (digits is >= 4 and <= 8 && OneTimeCodeWord().IsMatch(folded.AsSpan(windowStart, windowEnd - windowStart)))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, number.Index, number.Length));
            }
        }

        // 「セキュリティコード（裏面）は五六三です」: a card code of three or four kanji numerals after its word.
        AddNearWord(KanjiCardCode(), CardCodeWord(), CardCodeWordWindow, folded, findings);
    }

    [GeneratedRegex(@"(?<![〇零一二三四五六七八九十百千万])[〇零一二三四五六七八九]{3,4}(?![〇零一二三四五六七八九十百千万])")]
    private static partial Regex KanjiCardCode();

    /// <summary>
    /// A code of capitals and digits right after the name of a one-time, sign-in or device code (「登録コードは K9PF4M」
    /// "verification code: 7HX2QA", or 「コードは 7HXQ2M」 in a message about a screen or signing in): not an error code (E1001),
    /// which is letters then digits.
    /// </summary>
    private static void AddLetterAndDigitCodes(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in NamedLetterAndDigitCode().Matches(folded))
        {
            var code = match.Groups["code"];
            // 「コードは 7HXQ2M」: the bare word names a code only in a message about a screen's code or signing in.
            if (!LettersThenDigits().IsMatch(code.ValueSpan) && (!match.Groups["bare"].Success || ScreenOrSignIn().IsMatch(folded)))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, code.Index, code.Length));
            }
        }
    }

    [GeneratedRegex(
        @"(?:(?:認証|確認|登録|ログイン|サインイン|ワンタイム|セキュリティ|ペアリング)(?:用の?)?コード|(?i:(?<![a-z])(?:verification|confirmation|registration|sign[\s\-]?in|login|one[\s\-]?time|pairing|activation|security)\s+code)|(?:テレビ|TV|画面|スマホ|アプリ)(?:の画面)?(?:に|で)?(?:出て(?:る|いる)|表示(?:されて(?:る|いる))?|映って(?:る|いる))?の?コード|(?i:(?<![a-z])(?<!(?:error|err)\s?)code\s+(?:(?:shown|showing|displayed)\s+)?(?:on|in)\s+(?:the|my)\s+(?:tv|screen|tv\s+screen|fire\s*tv|app|phone)(?:\s+screen)?(?:\s+(?:says|shows|reads))?)|(?<bare>(?<![ァ-ヺー一-龯々A-Za-z])コード(?=\s*(?:は|が|:))))(?:\s*(?:は|が|って|:|=|(?i:is|was|shown\s+is|reads)))?\s*[「『""'(]?\s*(?<code>(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,8})(?![A-Za-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex NamedLetterAndDigitCode();

    [GeneratedRegex(@"^[A-Z]{1,4}\d+$|^\d+[A-Z]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex LettersThenDigits();

    [GeneratedRegex(@"画面|テレビ|入力|サインイン|ログイン|認証|(?<![a-z])(?:screen|tv|sign[\s\-]?in|log[\s\-]?in|enter)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScreenOrSignIn();

    /// <summary>
    /// A code with its sender's letter before it, as services send them ("G-482913 is your code"), near a code word; not an
    /// error's code, written the same way (「エラーは…コード E-4012 のまま」), where an error is named before it, or alone in
    /// brackets after a message (「認証に失敗しました (E-2034)」), as screens print their errors.
    /// </summary>
    private static void AddPrefixedCodes(string folded, List<SensitiveFinding> findings)
    {
        foreach (var code in PrefixedCode().EnumerateMatches(folded))
        {
            if (IsBracketedAlone(folded, code.Index - PrefixLength, code.Index + code.Length))
            {
                continue;
            }

            var windowStart = Math.Max(0, code.Index - LeadingKeywordWindow);
            var windowEnd = Math.Min(folded.Length, code.Index + code.Length + KeywordWindow);
            var window = folded.AsSpan(windowStart, windowEnd - windowStart);
            if (OneTimeCodeWord().IsMatch(window)
                && !(ErrorWord().IsMatch(folded.AsSpan(windowStart, code.Index - windowStart)) && !SentCodeWord().IsMatch(window)))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, code.Index, code.Length));
            }
        }
    }

    [GeneratedRegex(@"(?<=(?<![A-Za-z0-9\-])[A-Z]-)\d{4,8}(?![\d\-])", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixedCode();

    // "G-": the sender's letter and its hyphen.
    private const int PrefixLength = 2;

    private static bool IsBracketedAlone(string folded, int start, int end)
    {
        var before = folded.AsSpan(0, start).TrimEnd(' ');
        var after = folded.AsSpan(end).TrimStart(' ');
        return before.EndsWith("(") && after.StartsWith(")");
    }

    [GeneratedRegex(@"(?<![a-z])(?:error|err)(?![a-z])|エラー", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorWord();

    private static void AddCardCodes(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in CardCodePhrase().Matches(folded))
        {
            var code = match.Groups["code"];
            findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, code.Index, code.Length));
        }
    }

    /// <summary>
    /// A 3–6 digit number a sentence away from a card-code or PIN word ("do you need the card PIN? it's 4417", 「4417 が暗証番号です」):
    /// not a card's last digits ("ending in 4417", 「末尾 4417」), a date, an amount or a count.
    /// </summary>
    private static void AddCardCodesNearby(string folded, List<SensitiveFinding> findings) =>
        AddNearWord(CardCodeNumber(), CardCodeWord(), CardCodeWordWindow, folded, findings);

    /// <summary>Each match of <paramref name="numbers"/> with <paramref name="word"/> in the window around it: a code.</summary>
    private static void AddNearWord(Regex numbers, Regex word, int windowBefore, string folded, List<SensitiveFinding> findings)
    {
        foreach (var number in numbers.EnumerateMatches(folded))
        {
            var windowStart = Math.Max(0, number.Index - windowBefore);
            var windowEnd = Math.Min(folded.Length, number.Index + number.Length + KeywordWindow);
            if (word.IsMatch(folded.AsSpan(windowStart, windowEnd - windowStart)))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, number.Index, number.Length));
            }
        }
    }

    /// <summary>
    /// A backup or recovery code, letters and digits in groups of four ("7HQK 2M9P XZ4T"), near its name; and a gift card's claim
    /// code in its printed shape (AQ4X-7TRMNB-K9PZ), which spends like cash.
    /// </summary>
    private static void AddBackupCodes(string folded, List<SensitiveFinding> findings)
    {
        foreach (var code in ClaimCode().EnumerateMatches(folded))
        {
            findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, code.Index, code.Length));
        }

        foreach (var code in GroupedLettersAndDigits().EnumerateMatches(folded))
        {
            var windowStart = Math.Max(0, code.Index - LeadingKeywordWindow * 2);
            if (BackupCodeWord().IsMatch(folded.AsSpan(windowStart, code.Index - windowStart)))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, code.Index, code.Length));
            }
        }
    }

    // Groups of four (Google, Amazon) or five (a Microsoft account's recovery code: XXXXX-XXXXX-XXXXX-XXXXX-XXXXX), in capitals or,
    // as other services print them, in small letters (8f3k-2m9q-7tzc); not the two mixed, as words are.
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?=[A-Za-z0-9 \-]*\d)(?:[A-Z0-9]{4}(?:[ \-][A-Z0-9]{4}){1,3}|[A-Z0-9]{5}(?:-[A-Z0-9]{5}){3,4}|[a-z0-9]{4}(?:[ \-][a-z0-9]{4}){1,3}|[a-z0-9]{5}(?:-[a-z0-9]{5}){1,4})(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedLettersAndDigits();

    /// <summary>
    /// An authenticator's setup key (base32, shown under the QR code: it makes every code to come), whole or in groups of four,
    /// after its name (or 「QRが読めないので手入力したキー」). Base32 has few digits, so this runs before the digit count that spares most
    /// messages the number rules. Any digit is taken: people read O as 0 and B as 8 off a screen, and the key is no less secret for it.
    /// </summary>
    private static void AddSetupKeys(string folded, List<SensitiveFinding> findings)
    {
        if (folded.AsSpan().IndexOfAny(SetupKeyWordStarts) < 0)
        {
            return;
        }

        foreach (Match key in SetupKey().Matches(folded))
        {
            var value = key.Groups["key"];
            findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, value.Index, value.Length));
        }
    }

    // The first letters of the key words (セットアップ, シークレット, 秘密鍵, setup, secret, totp, 2fa, mfa, QR, 手入力, 二段階, 認証アプリ,
    // authenticator): most Japanese messages hold none.
    private static readonly SearchValues<char> SetupKeyWordStarts = SearchValues.Create("セシ秘sStTmM2Qq手二認aA");

    [GeneratedRegex(
        @"(?:セットアップキー|シークレットキー|秘密鍵|(?<![a-z])(?:setup|secret|totp|2fa|mfa)\s*key|(?:QR|二段階|2段階|認証アプリ|手入力|手動)[^\n]{0,16}?キー|(?<![a-z])(?:qr|authenticator)[^\n.]{0,24}?(?<![a-z])key)[^\n]{0,24}?(?<![A-Za-z0-9])(?<key>(?=[A-Za-z0-9 \-]{16,}(?![A-Za-z0-9]))(?=[^\n]*\d)[A-Za-z0-9]{4}(?:[ \-]?[A-Za-z0-9]{4}){3,7})(?![A-Za-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetupKey();

    [GeneratedRegex(@"(?<![A-Za-z0-9\-])(?=[A-Z0-9\-]{16,17}(?![A-Za-z0-9])[^\d]*?)(?=[A-Z\-]*\d)(?=[\d\-]*[A-Z])[A-Z0-9]{4}-[A-Z0-9]{6}-[A-Z0-9]{4,5}(?![A-Za-z0-9\-])", RegexOptions.CultureInvariant)]
    private static partial Regex ClaimCode();

    [GeneratedRegex(@"(?:backup|recovery|バックアップ|リカバリー?|予備|回復|復旧)\s*(?:codes?|コード|keys?|キー)|(?:security\s+key|セキュリティキー)\s*(?:の)?\s*(?:backup|recovery|バックアップ|予備)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackupCodeWord();

    private static void AddOneTimeCodes(string folded, List<SensitiveFinding> findings)
    {
        bool? aboutCodes = null;
        bool? payingBySlip = null;
        foreach (var number in CodeNumber().EnumerateMatches(folded))
        {
            if (InALongerOrMaskedNumber(folded, number.Index, number.Length) || IsAYearTold(folded, number.Index, number.Length)
                || InAnIdentifiersGroups(folded, number.Index, number.Index + number.Length))
            {
                continue;
            }

            var digits = Token.CountDigits(folded.AsSpan(number.Index, number.Length));
            var windowStart = Math.Max(0, number.Index - LeadingKeywordWindow);
            var windowEnd = Math.Min(folded.Length, number.Index + number.Length + KeywordWindow);
            var window = folded.AsSpan(windowStart, windowEnd - windowStart);
            var named = digits is >= 4 and <= 8
                && !DateOrPostcode().IsMatch(folded.AsSpan(number.Index, number.Length))
                && NamesAOneTimeCode(window, folded, ref payingBySlip)
                && !(ErrorBefore().IsMatch(folded.AsSpan(windowStart, number.Index - windowStart)) && !SentCodeWord().IsMatch(window))
                && !ReferenceNumberBefore().IsMatch(folded.AsSpan(windowStart, number.Index - windowStart));
            if (named || (digits == OneTimeCodeDigits && IsUnnamedCode(folded, number.Index, number.Length, ref aboutCodes)))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, number.Index, number.Length));
            }
        }
    }

    /// <summary>
    /// Whether a one-time code's word stands in <paramref name="window"/>. Paying at an ATM or a shop by Pay-easy or a payment slip,
    /// 確認番号 is the payment's confirmation number from the order mail (「収納機関番号 58xxx、確認番号 4xxx」), not a code: there
    /// it names none. <paramref name="payingBySlip"/> caches whether the message is about such a payment.
    /// </summary>
    private static bool NamesAOneTimeCode(ReadOnlySpan<char> window, string folded, ref bool? payingBySlip)
    {
        foreach (var word in OneTimeCodeWord().EnumerateMatches(window))
        {
            if (!window.Slice(word.Index, word.Length).StartsWith("確認", StringComparison.Ordinal))
            {
                return true;
            }

            payingBySlip ??= PaymentSlipWord().IsMatch(folded);
            if (!payingBySlip.Value)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"ペイジー|(?<![a-z])pay[\s\-]?easy(?![a-z])|収納機関|払込票|払込番号|払い?込み?票|(?<![a-z])atm(?![a-z])|コンビニ(?:払い|決済|支払)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaymentSlipWord();

    /// <summary>
    /// Six digits (or three and three) standing alone in a message about signing in or about what was sent, received or typed
    /// ("Amazon sent 447190 to my phone", "I keep getting 551023", 「受信したのは「７２１ ０９３」です」): the shape of Amazon's one-time
    /// codes, told without naming them. Not when a label stands before the number (an order, a zip code, an error, an amount).
    /// <paramref name="aboutCodes"/> caches whether the message is about signing in or codes at all.
    /// </summary>
    private static bool IsUnnamedCode(string folded, int start, int length, ref bool? aboutCodes)
    {
        // A code's own word anywhere in the message counts too: "the authenticator on my old phone still works, it says 315 662".
        aboutCodes ??= ArrivalOrSignInWord().IsMatch(folded) || OneTimeCodeWord().IsMatch(folded);
        var windowStart = Math.Max(0, start - LeadingKeywordWindow);
        var senderWindowStart = Math.Max(0, start - LeadingKeywordWindow * 2);
        return aboutCodes.Value
            && !LabelBefore().IsMatch(folded.AsSpan(windowStart, start - windowStart))
            && !AddressBefore().IsMatch(folded.AsSpan(senderWindowStart, start - senderWindowStart))
            && !SenderWord().IsMatch(folded.AsSpan(senderWindowStart, start - senderWindowStart))
            && !(YearAndMonth().IsMatch(folded.AsSpan(start, length)) && ExpiryWord().IsMatch(folded));
    }

    private const int OneTimeCodeDigits = 6;

    /// <summary>
    /// Groups of a longer number spaced like a code (a meeting ID 421 883 907 615 holds "907 615"), or digits before a masked
    /// part (「+81 50-1743-xxxx」): short groups (four digits at most) running on past eight digits, or a mask right after,
    /// make no code. Two codes side by side ("118403 552901") are groups of six, and stay.
    /// </summary>
    private static bool InALongerOrMaskedNumber(string folded, int start, int length)
    {
        var end = start + length;
        if (MaskAfter().IsMatch(folded.AsSpan(end)))
        {
            return true;
        }

        var run = ShortGroupRun().Match(folded, Math.Max(0, start - ShortGroupRunReach), Math.Min(folded.Length, end + ShortGroupRunReach) - Math.Max(0, start - ShortGroupRunReach));
        while (run.Success && run.Index + run.Length < end)
        {
            run = run.NextMatch();
        }

        return run.Success && run.Index <= start && run.Length > length && Token.CountDigits(run.ValueSpan) > MaxCodeDigits;
    }

    private const int ShortGroupRunReach = 24;

    /// <summary>
    /// Digits among groups that mix letters and digits, as a device's serial is printed ("serial G091 LF12 3456 07AB"), or run
    /// into letters: a part of an identifier, not a code.
    /// </summary>
    private static bool InAnIdentifiersGroups(string folded, int start, int end) =>
        MixedGroupBefore().IsMatch(folded.AsSpan(Math.Max(0, start - MixedGroupReach), Math.Min(start, MixedGroupReach)))
        || MixedGroupAfter().IsMatch(folded.AsSpan(end, Math.Min(folded.Length - end, MixedGroupReach)));

    private const int MixedGroupReach = 8;

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{3,6} $", RegexOptions.CultureInvariant)]
    private static partial Regex MixedGroupBefore();

    [GeneratedRegex(@"^(?:[A-Za-z]|\s?(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{3,6}(?![A-Za-z0-9]))", RegexOptions.CultureInvariant)]
    private static partial Regex MixedGroupAfter();

    /// <summary>A year told as one ("graduated 2019", "since 2015", 「2018年」 is already a count), not a four-digit code.</summary>
    private static bool IsAYearTold(string folded, int start, int length)
    {
        if (length != 4 || !int.TryParse(folded.AsSpan(start, length), out var year) || year is < 1950 or > 2039)
        {
            return false;
        }

        var windowStart = Math.Max(0, start - YearWordWindow);
        return YearWordBefore().IsMatch(folded.AsSpan(windowStart, start - windowStart));
    }

    private const int YearWordWindow = 24;

    [GeneratedRegex(@"(?:(?<![a-z])(?:graduated|graduation|since|until|born|class\s+of|back\s+in|in|from|year)|卒業|入学|生まれ|西暦)\s*[(（]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearWordBefore();

    // Groups of one to four digits, each apart by one space or hyphen, three groups or more.
    [GeneratedRegex(@"(?<![\d\-])\d{1,4}(?:[ \-]\d{1,4}){2,}(?![\d])")]
    private static partial Regex ShortGroupRun();

    private const int MaxCodeDigits = 8;

    [GeneratedRegex(@"^[\-\s]?[xX*●•＊]{2,}")]
    private static partial Regex MaskAfter();

    [GeneratedRegex(
        @"(?<![a-z])(?:sent|send|sends|got|get|gets|getting|came|come|comes|arrived?|receiv(?:e|ed|ing)|text(?:ed|s)?|sms|e-?mail(?:ed)?|mail|message|enter(?:ed|ing)?|typ(?:e|ed|ing)|put\s+in|latest|new\s+one|expired?|invalid|incorrect|wrong|sign(?:ing)?\s?in|log(?:ging)?\s?in|screen|app|shows?|showing|displayed|says|said|reads)(?![a-z])|(?<![a-z])(?:buzz(?:ed|es|ing)?|read(?:s|ing)?\s+(?:it\s+)?(?:out|off))(?![a-z])|届|受信|画面|アプリ|来た|来て|来ま|きた|きて|きま|読み上げ|よみあげ|読んでくれ|よんでくれ|打ち間違|打ちまちが|正しくは|メール|入れ|入力|打っ|打ち込|期限|無効|違う|ログイン|サインイン",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArrivalOrSignInWord();

    // An error shown just before a "code" (「問題が発生しました」 code 1060, "Something went wrong" code 1060): the error's code.
    [GeneratedRegex(@"(?:went\s+wrong|(?<![a-z])error|(?<![a-z])failed|問題が発生|エラー|失敗)[^\n\d]{0,24}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorBefore();

    // Words only a one-time code has: sent, received, verification, SMS.
    [GeneratedRegex(@"認証|確認(?:用)?(?:の)?(?:番号|コード)|ワンタイム|one[\s\-]?time|verification|(?<![a-z])(?:otp|sms|2fa|mfa|passcode|texted|sent|received)(?![a-z])|authenticator|2段階|two[\s\-]?step|届|送られ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentCodeWord();

    // A card's expiry typed as year and month (202712 "as the expiry").
    [GeneratedRegex(@"^(?:19[89]|20[0-4])\d(?:0[1-9]|1[0-2])$")]
    private static partial Regex YearAndMonth();

    [GeneratedRegex(@"(?<![a-z])(?:expiry|expiration|expires?|exp|valid\s+(?:thru|through|until))(?![a-z])|有効期限|期限", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpiryWord();

    // The number a text came from, named a clause before it ("the SMS sender shows as 'Amazon' and sometimes as 262966").
    [GeneratedRegex(@"(?<![a-z])(?:sender|short\s*code|from\s+(?:the\s+)?number)(?![a-z])|送信元|差出人|発信元|送信者|ショートコード", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SenderWord();

    // A reference's label right before the number, which outweighs a code's word nearby («認証番号…じゃなくてお問い合わせ番号 7720-4419»).
    [GeneratedRegex(
        @"(?:お?問い?合わせ|注文|追跡|伝票|受付|予約|請求|会員|管理|整理|収納機関|お客様)(?:番号|No\.?|ID)\s*(?:は|:|：)?\s*$|(?<![a-z])(?:order|tracking|reference|ref|case|ticket|inquiry|invoice)\s*(?:no\.?|number|#|id)\s*(?:is|:)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceNumberBefore();

    // What a labelled number's label looks like just before it: an order, a parcel, a zip code, an invoice, an error, a model, an amount.
    [GeneratedRegex(
        @"(?:(?<![a-z])(?:order|tracking|parcel|package|zip|postal|invoice|bill|member(?:ship)?|account|case|ticket|reference|ref|error|model|serial|product|asin|isbn|jan|price|total|balance|points?|id|no\.?|item|receipt|transaction|confirmation|build|version|ver|kb|room|flight|train)(?![a-z])|注文|バージョン|ビルド|部屋|便|追跡|伝票|郵便|〒|請求|会員|口座|受付|問い合わせ|エラー|型番|シリアル|商品|価格|金額|合計|残高|ポイント|領収|取引|[#¥$€£])[^\n\d]{0,12}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelBefore();

    // A postal address being told (「ホテルの住所は 1 Raffles Place, Singapore 048616」): its digits are a street's and a postcode.
    [GeneratedRegex(@"(?:住所|(?<![a-z])address)(?:は|:|：|\s+is)?[^。\n@]{0,48}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressBefore();

    /// <summary>
    /// A code read out in words near a one-time-code word: in kana, each digit apart (ご・なな・に・いち・はち・ゼロ, <see cref="KanaNumber"/>),
    /// or in English number words ("six four zero two nine one", <see cref="SpokenNumber"/>).
    /// </summary>
    private static void AddCodesReadOut(Regex numberInWords, string folded, List<SensitiveFinding> findings) =>
        AddNearWord(numberInWords, OneTimeCodeWord(), LeadingKeywordWindow, folded, findings);

    /// <summary>
    /// A number corrected to one that differs by a digit or two ("sorry I meant 739 214 not 739 241", 「876543…じゃなくて876534」):
    /// a code read wrongly off a screen; a count or a price is not corrected this way.
    /// </summary>
    private static void AddCorrectedCodes(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in CorrectedNumber().Matches(folded))
        {
            var first = DigitsOnly(match.Groups["first"].ValueSpan);
            var second = DigitsOnly(match.Groups["second"].ValueSpan);
            var minDigits = match.Groups["either"].Success ? MinEitherDigits : 4;
            // Six digits corrected to six others (「123 456 じゃなくて 650 881」): a code typed wrongly, then the one that came.
            var correctedCode = !match.Groups["either"].Success && first.Length == OneTimeCodeDigits && second.Length == OneTimeCodeDigits;
            if (first.Length >= minDigits && first.Length <= MaxCodeDigits && first.Length == second.Length && (DifferentDigits(first, second) is >= 1 and <= 2 || correctedCode))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, match.Groups["first"].Index, match.Groups["first"].Length));
                findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, match.Groups["second"].Index, match.Groups["second"].Length));
            }
        }
    }

    private static string DigitsOnly(ReadOnlySpan<char> text)
    {
        var digits = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        return digits.ToString();
    }

    private static int DifferentDigits(string first, string second)
    {
        var different = 0;
        for (var i = 0; i < first.Length; i++)
        {
            different += first[i] == second[i] ? 0 : 1;
        }

        return different;
    }

    // Offered as either of two ("I got 773 902 and 773 920"): five digits or more, since years and prices come in pairs too.
    private const int MinEitherDigits = 5;

    // Two numbers with a correction between them, in either order ("X not Y", "not X but Y", 「X じゃなくて Y」「X…あ、間違えた Y」), or offered as
    // either of two ("X or Y", 「X か Y」).
    [GeneratedRegex(
        @"(?<![\d\-])(?<first>\d(?:[ \-]?\d){3,7})(?![\d])[\s.…,、]*(?:じゃなくて|じゃなく|ではなく|でなく|じゃない|not|instead\s+of|no\s+wait|sorry|i\s+mean[t]?|(?:(?:あ|あっ|おっと)[、,\s]*)?(?:間違え(?:た|ました)|まちがえ(?:た|ました)|違った|ちがった|違いました|訂正(?:します)?)|(?:oops|typo|correction)(?![a-z])|(?<either>and|or|か|とか|または|もしくは|それとも))[\s,、:]*(?<second>\d(?:[ \-]?\d){3,7})(?![\d\-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorrectedNumber();

    /// <summary>
    /// Digits followed by a doubt about one of them («３９０４１７ あ、最後の７は１かも», "508213, the last digit might be an 8"): a
    /// code read off a screen; a price or a count (with its unit) may be doubted too, and is not one.
    /// </summary>
    private static void AddCodesWithADigitDoubted(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in DigitDoubted().Matches(folded))
        {
            var code = match.Groups["code"];
            findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, code.Index, code.Length));
        }
    }

    [GeneratedRegex(
        @"(?<![\d\-.,:/])(?<code>\d{4,8})(?![\d\-.:/]|,\d)(?!\s*(?:年|月|日|時|分|秒|円|件|回|個|桁|文字|歳|人|%|ポイント|ドル|(?:yen|years?|times|points?|dollars?)(?![a-z])))[^\d]{0,10}?(?:(?:最後|最初|末尾|頭|\d\s?桁目)の?(?:数字)?\s*\d?\s*(?:は|が|って)[^\n]{0,8}?(?:かも|かな|だった|でした|です|違|間違|ミス)|(?<![a-z])(?:the\s+)?(?:last|first|final|\d(?:st|nd|rd|th))\s+(?:digit|number|one|\d)\s+(?:might|may|could|should|is|was)\s+(?:be\s+)?(?:an?\s+)?\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DigitDoubted();

    /// <summary>
    /// A code told in parts, first and last («最初が41、次が7、最後が059», "the first three digits are 552 and the last three are
    /// 816"): four to eight digits in all.
    /// </summary>
    private static void AddCodesInParts(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in CodeInParts().Matches(folded))
        {
            var parts = match.Groups["part"].Captures;
            var digits = parts.Sum(part => part.Length);
            if (digits is >= 4 and <= 8)
            {
                foreach (Capture part in parts)
                {
                    findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, part.Index, part.Length));
                }
            }
        }
    }

    [GeneratedRegex(
        @"(?:最初|はじめ|前半|頭|(?<![a-z])first)[^\d\n。]{0,24}?(?<![\d\-])(?<part>\d{1,4})(?![\d\-])(?:[^\d\n。]{1,20}?(?:次|真ん中|後半|最後|残り|(?<![a-z])(?:then|next|second|middle|last))[^\d\n。]{0,20}?(?<![\d\-])(?<part>\d{1,4})(?![\d\-])){1,3}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeInParts();

    private static void AddBareCode(string folded, List<SensitiveFinding> findings)
    {
        var match = BareNumber().Match(folded);
        if (!match.Success)
        {
            return;
        }

        var number = match.Groups["number"];
        var digits = Token.CountDigits(number.ValueSpan);
        // 「郵便番号ですか？ 150-0002 です」: three digits, a hyphen and four is how a postcode is written, not a code.
        if (digits is >= 4 and <= 8 && !PostcodeShape().IsMatch(number.ValueSpan))
        {
            findings.Add(new SensitiveFinding(SensitiveKind.SecurityCode, number.Index, number.Length));
        }
    }

    [GeneratedRegex(@"^\d{3}-\d{4}$")]
    private static partial Regex PostcodeShape();

    [GeneratedRegex(
        @"(?:(?<![a-z])(?:cvv2?|cvc2?|cid|pin|security\s*(?:code|number)|sekyuri(?:tii?|thi)\s*koo?do|anshou?\s*bangou?)(?![a-z])|セキュリティー?コード|(?:暗[証唱]番号|あんしょうばんごう))\s*(?:番号|コード|code)?\s*(?:\([^)]{1,12}\)\s*)?(?:は|が|って|:|=|(?:\s+[a-z']+){0,5}?(?:\s*\b(?:is|was|wa)\b|\s*:|\s)|(?:\s+[a-z']+){6,9}?\s+(?:is|was))?\s*(?:[「『""'(]\s*)?(?<code>\d{3,6}|\d(?:[ \-]\d){2,5})(?![\d\-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CardCodePhrase();

    // The code's name, or where it is printed: 「裏の番号」「裏面の3桁」「裏の小さい三桁の数字」"the 3 digits on the back", "4 numbers on the front of my amex".
    [GeneratedRegex(@"(?<![a-z])(?:cvv2?|cvc2?|cid|pin(?:\s*(?:code|number))?|security\s*code|sekyuri(?:tii?|thi)\s*koo?do|anshou?\s*bangou?)(?![a-z])|セキュリティー?コード|せきゅりてぃー?こーど|(?:暗[証唱]番号|あんしょうばんごう)|(?:裏面?|うら)(?:側|面)?(?:の|に(?:ある|書いてある|書かれた))[^。\n\d]{0,8}?(?:番号|数字|[34三四]\s?桁)|(?<![a-z])(?:digits?|numbers?)\s+(?:(?:printed|written|shown|embossed)\s+)?on\s+the\s+(?:back|front)(?!\s+of\s+(?:the|my|a)\s+(?!card|amex|visa|master|jcb|diners|discover|credit|debit)[a-z])|back\s+of\s+(?:the|my|her|his|their|our|your|[a-z]+'s)\s+(?:[a-z]+\s+)?card|(?<![a-z\d])(?:3|4|three|four)\s+on\s+the\s+(?:back|front)(?![a-z])|(?<![a-z])(?:back|reverse)(?:\s+side)?\s+(?:(?:3|4|three|four)\s+)?(?:numbers?|digits?|code)|(?<![a-z])security\s+number", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CardCodeWord();

    // 3–6 digits standing alone or spaced out (「4 7 1 9」, "7-3-1"), as CodeNumber, and not the visible end of a card ("ending in 4417", 「末尾4417」「下4桁は4417」).
    [GeneratedRegex(
        @"(?<![\dA-Za-z\-./,+#¥$])(?<!\d:)(?<![*●•x]{2,}\s?)(?<!(?:ending|ends|end)(?:\s+(?:in|with))?\s*|末尾(?:が|は|の)?\s*|下\s*[34]\s*桁(?:が|は|の)?\s*|last\s+(?:3|4|three|four)(?:\s+digits)?(?:\s+(?:is|are))?\s*:?\s*)(?:\d{3,6}|(?<!\d )\d(?: \d){2,5}(?! ?\d)|\d(?:\n\d){2,5}(?!\n?\d)|\d(?:-\d){2,5}(?!-?\d))(?!\d|[\-./:,]\d)(?!\s*(?:年|月|日|時|分|秒|円|件|回|個|桁|文字|歳|人|%|yen|years?|times|digits|円))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CardCodeNumber();

    [GeneratedRegex(
        @"(?<!エラー[\s_\-]*|error[\s_\-]*|zip[\s_\-]*|postal[\s_\-]*|郵便[\s_\-]*|promo[\s_\-]*|discount[\s_\-]*|クーポン[\s_\-]*|プロモーション[\s_\-]*|post[\s_\-]*|short[\s_\-]*|colou?r[\s_\-]*|paint[\s_\-]*|ペイント[\s_\-]*|塗料[\s_\-]*|cost[\s_\-]*|budget[\s_\-]*|コスト[\s_\-]*|予算[\s_\-]*|product[\s_\-]*|country[\s_\-]*|area[\s_\-]*|bar[\s_\-]*|qr[\s_\-]*|カラー[\s_\-]*|商品[\s_\-]*|国[\s_\-]*|バー[\s_\-]*|QR[\s_\-]*)(?:コード|code)|認証|確認(?:用)?(?:の)?番号|(?:届い|来|送られてき)た(?:\d桁の)?(?:番号|数字)|(?:さっき|先ほど|さきほど)(?:の|届いた|来た|きた)(?:番号|数字|[4-8]\s?(?:桁|けた|ケタ))|(?:来た|きた|届いた)(?:の(?:は|が)|やつ|もの|\d桁)|(?<!下\s?|末尾\s?|最後の\s?|上\s?)[4-8]\s?(?:桁|けた|ケタ)の(?:\s*(?=\d)|番号|数字|コード|やつ)|ショートメール|ショートメッセージ|(?:メール|SMS|ショートメール|メッセージ)の本文|(?:書いて|載って)(?:ある|あった|た)(?:番号|数字)|(?<![a-z])(?:off|from|in)\s+the\s+(?:text|sms|message|e-?mail)(?![a-z])|(?:番号|コード|数字)(?:が|も)?(?:きた|来た|届いた|きま|来ま|届きま)|(?<!(?:last|final|first|ending\s+in|ends\s+in|ends\s+with|be|must|should|only|than|least|most|of|has|have|had|with)\s+)(?<![a-z\d])[4-8][\s\-]?digits?(?![a-z])(?!\s+(?:of|on|in|from)(?![a-z]))|\d\s?(?:桁|けた|ケタ)の(?:やつ|番号|数字|コード)|验证码|驗證碼|校验码|인증번호|(?<![a-z])(?:backup|recovery)\s+codes?|バックアップコード|(?<!電話|携帯|注文|追跡|お問い合わせ)(?:番号|数字)(?:が|は)?[^。\n\d]{0,8}?(?:届い|届き|来た|来て|来ま|送られ)|(?<![a-z])(?:number|digits)\s+(?:they|amazon|you|it)\s+(?:sent|texted|e-?mailed|gave)|(?<![a-z])(?:texted|sent)\s+me\s+(?:a|the)\s+(?:number|digits)|(?<![a-z])(?:texted|messaged|e-?mailed|sms'?d)\s+me(?![a-z])|(?<![a-z])(?:otp|sms|2fa|mfa|passcode)(?![a-z])|ワンタイム|わんたいむ|(?<![a-z])read\s+(?:it|them|the\s+(?:code|numbers?|digits))\s+(?:out\s+)?(?:to\s+me|out|over\s+the\s+phone)|読み上げて(?:もら|くれ)|読んで(?:もら|くれ)|にんしょう|(?<![ぁ-ゖ])こーど|かくにん(?:ばんごう|こーど)|one[\s\-]?time|verification|authenticator|認証アプリ|2段階|two[\s\-]?step|(?<![a-z])(?:authy|totp|2fas|duo\s+mobile|okta\s+verify)(?![a-z])|c[óo]digo(?!\s+postal)|(?<![a-z])kode(?:\s*(?:nya|verifikasi|otp))?(?![a-z])|mã\s*(?:xác\s*(?:nhận|minh)|otp)|(?<![a-z])(?:kakunin|ninshou?|wantaimu)\s*(?:koodo|kodo|bangou?)(?![a-z])|(?<![a-z])koodo(?![a-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneTimeCodeWord();

    // 4–8 digits standing alone (or spaced out: 6 0 9 2 1 4, 5-0-3-9-6-1, or one to a line as a phone keyboard sends them): not part of a longer number, phone number, date, time, amount or count,
    // nor glued to letters (0x80070005, E1001, AADSTS50076), nor the visible end of a masked number (**** 4410); a sentence's
    // '.', ',' or ':' may follow it ("the code 028461, where…", 「コード：592047」).
    [GeneratedRegex(
        @"(?<![\dA-Za-z\-./,+#])(?<!\d:)(?<!code\s?=\s?|\(code:?\s?)(?<![*●•x]{2,}\s?)(?<!末尾(?:が|は|の)?\s*|下\s*[34]\s*桁(?:が|は|の)?\s*|(?:last|final)\s+(?:3|4|three|four)(?:\s+digits)?(?:\s+(?:is|are|of))?\s*:?\s*|ending\s+(?:in|with)\s*)(?:\d(?:-\d){3,7}|\d(?:\n\d){3,7}|\d{2,4}\n\d{2,4}(?!\n?\d)|\d(?: \d){1,3} (?:[.—–\-…]|\.{2,3}|・{2,3}) \d(?: \d){1,3}(?! ?\d)|\d(?: {0,2}\d| ?(?:[\-・]|--|—) ?\d(?=\d)){3,7})(?!\d|[\-./:,]\d)(?!\s*(?:年|月|日|時|分|秒|円|件|回|個|桁|文字|歳|人|%|yen|years?|times|ポイント|ドル|(?:points?|pts?|dollars?|[kmg]b)(?![a-z])))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeNumber();

    // Kanji numerals in a run, grouped by spaces or a hyphen like digits are (四八二 九一三, 四八二-九一三).
    [GeneratedRegex(@"(?<![〇零一二三四五六七八九十百千万])[〇零一二三四五六七八九](?:[ \-]?[〇零一二三四五六七八九]){3,7}(?![〇零一二三四五六七八九十百千万])")]
    private static partial Regex KanjiNumber();

    // A date (2023-09-14, 2024/6/2) or a Japanese postcode (150-0041): grouped like a code, read as what they are.
    [GeneratedRegex(@"^(?:\d{4}[\-/.]\d{1,2}[\-/.]\d{1,2}|\d{3}-\d{4})$")]
    private static partial Regex DateOrPostcode();

    // Four to eight digits read out in kana or katakana, each apart (「・」, 「、」 or a dash between: ご・なな・に・いち); the text after
    // the last one may follow without a space (「ゼロです」: the normaliser removes spaces between Japanese characters).
    [GeneratedRegex(
        @"(?:" + KanaDigit + @")(?:\s*[・、,\-ー]\s*(?:" + KanaDigit + @")){3,7}")]
    private static partial Regex KanaNumber();

    // Four to eight digits in English words, apart or joined by hyphens or commas.
    [GeneratedRegex(
        @"(?<![a-z])(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:[\s,\-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){3,7}(?![a-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpokenNumber();

    // The number alone, after a yes or that it came (「はい。７２８３９５」「はい、それです 6-1-0-3-7-2」「届きました 582013」"yes it's 482019"),
    // or told as what it is now ("its 33 19 02 now, it keeps changing"): an authenticator's code changes every half minute.
    [GeneratedRegex(
        @"^\s*(?:(?:はい|うん|ええ|え|えっ|んだ|んだんだ|せや|そうそう|それだ|それや|それじゃ|これだ|これや|ugh|sigh|fine|whatever|alright|(?:それ|これ|こちら)(?:です|でございます|になります)|これでしょうか|これですか|どうぞ|番号(?:は)?|これ|それ|えっと|届きました|届いた|届いてます|来ました|きました|来た|きた|今は|いまは|今のは|いまのは|今のやつは|あ|あっ|間違えた|間違えました|まちがえた|違った|ちがった|違いました|訂正|yes|yeah|ok|okay|sure|no|wait|no\s+wait|actually|sorry|got\s+it|it'?s|it\s+is|here(?:\s+(?:you\s+go|it\s+is))?|now|[→\->=]+|[""'“「『]|[^\d\n?？]{1,15}[?？])[\s、,。.!！?？:：\-]*){0,4}(?<number>\d(?:[\s\-]?\d){3,7})[""'”」』]?\s*(?:です|(?:って|と)(?:書いて|出て|表示され)[ぁ-ん]{0,6})?(?:[\s,、]*(?:now|right\s+now|今|いま)(?![a-z])[^\d\n]{0,30}|[,、.]\s*(?:i\s+(?:misread|mistyped|miscopied|read\s+it\s+wrong)|sorry|my\s+bad|typo)(?:[^\d\n]|(?<!\d)\d(?!\d)){0,30}"
        // One digit of it corrected after it (「… あ、最後3じゃなくて8です」"oh wait, the last one is 8 not 3").
        + @"|[\s,、.]*(?:あ|あっ|いや|おっと|oh|wait|oops|sorry)?[\s,、.]*(?:最後|最初|末尾|\d\s*(?:桁目|番目)|the\s+(?:last|first)(?:\s+(?:one|digit))?)?\s*(?:の|は|is|should\s+be)?\s*\d\s*(?:じゃなくて|じゃなく|ではなくて|ではなく|not|→|->)\s*\d\s*(?:です|でした|だ|でしたすみません|,?\s*sorry)?)?[。.!！]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();
}
