using System.Buffers;
using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Values told in relation to others: one an arrow or '=' points to where passwords are reused, parts said to be joined, one
/// word typed two ways.
/// </summary>
internal sealed partial class PasswordScanner
{
    /// <summary>
    /// A made-up value an arrow or '=' points to in a message about passwords or reusing one («使い回しリスト Gmail、Amazon → yodo_0815»,
    /// "all of them = tomato-soup-88"): the value the list or note gives.
    /// </summary>
    private void AddPointedValues(string folded, List<SensitiveFinding> findings, bool namesPassword)
    {
        // A made-up value pointed back at (「ｍｉｋａｎ７７７ ←こう入ってたのかな」"Kiwi#2020 <- this one"), or asked about
        // («Umi_88_sora ← 強い？» "Kiwi#2020 <- strong enough?"): what the person typed or means to.
        foreach (Match match in PointedBackValue().Matches(folded))
        {
            var value = match.Groups["value"];
            var core = Token.Core(value.ValueSpan);
            if (LooksMadeUp(core) && !Token.IsUrlOrEmail(core) && !lexicon.IsKnownHarmlessToken(core.ToString()) && !NamedBefore(folded, value.Index))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, core.Length));
            }
        }

        var reused = Reuse().IsMatch(folded);
        if (!namesPassword && !reused)
        {
            return;
        }

        // The one used everywhere, set off by commas ("I use the same one everywhere, Shibainu_2020, so …"): the reused password.
        if (reused)
        {
            foreach (Match match in SetOffValue().Matches(folded))
            {
                var value = match.Groups["value"];
                var core = Token.Core(value.ValueSpan);
                if (LooksMadeUp(core) && IsWordWithDigitsOrMixed(core) && !Token.IsUrlOrEmail(core) && !lexicon.IsKnownHarmlessToken(core.ToString()))
                {
                    findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, core.Length));
                }
            }
        }

        foreach (Match match in PointedValue().Matches(folded))
        {
            var value = match.Groups["value"];
            var core = Token.Core(value.ValueSpan);
            if (LooksMadeUp(core) && !Token.IsUrlOrEmail(core) && !lexicon.IsKnownHarmlessToken(core.ToString()) && !NamedBefore(folded, value.Index))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, core.Length));
            }
        }
    }

    /// <summary>Parts said to be typed joined together, or sent in parts, in a message about a password (「maru 2010 をくっつけたやつ」).</summary>
    private static void AddJoinedParts(string folded, List<SensitiveFinding> findings, bool namesPassword)
    {
        if (!namesPassword && folded.AsSpan().IndexOfAny(SentInPartsKeys) < 0)
        {
            return;
        }

        foreach (Match match in JoinedParts().Matches(folded))
        {
            // Sent in parts, the value needs no password word when its parts joined look made up (「パス長いから分けて送る」).
            var value = match.Groups["value"];
            if (namesPassword || (match.Groups["sent"].Success && LooksMadeUp(string.Concat(value.Value.Where(c => !char.IsWhiteSpace(c))))))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, value.Length));
            }
        }
    }

    private static readonly SearchValues<string> SentInPartsKeys = SearchValues.Create(
        ["分けて", "わけて", "区切って", "分割して", "split", "break", "send"], StringComparison.OrdinalIgnoreCase);

    // Parts, then the words for joining them; or the words for sending it in parts, then the parts (「分けて送る Yokohama_Bay _1987!!」).
    [GeneratedRegex(
        @"(?<![!-~])(?<value>[A-Za-z0-9]{2,}(?:\s+[A-Za-z0-9!#$%&*@_\-.]+){1,3})\s*(?:を|と)?\s*(?:くっつけ|つなげ|繋げ|合わせ)(?:た|て)"
        + @"|(?<sent>分けて|わけて|区切って|分割して)(?:送|書|打|入)[^!-~\n]{0,6}?\s*(?<value>[!-~]{2,}(?:\s+[!-~]{2,}){1,3})(?=\s*(?:これで|で(?:1|一)(?:つ|個)|で全部|[。\n]|$))"
        + @"|(?<![a-z])(?<sent>split(?:ting)?|break(?:ing)?|send(?:ing)?)\s+it\s+(?:up|in\s+(?:two|2|parts|half|pieces))[:,]?\s*(?<value>[!-~]{2,}(?:\s+[!-~]{2,}){1,3})(?=\s*(?:together|that'?s\s+(?:it|one|all)|[.\n]|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinedParts();

    /// <summary>
    /// Two parts with the symbol between them named ("Harbor then an underscore then 2011", 「Kamome のあとにアンダーバー、それから 2011」),
    /// in a message about a password: the whole told value, words and all, since each part alone gives the rest away.
    /// </summary>
    private static void AddPartsAroundANamedSymbol(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in PartsAroundANamedSymbol().Matches(folded))
        {
            // Joined, the parts look made up ("Harbor_2011", "sakura_mochi"); short words of a sentence about a password do not
            // ("with an underscore in it").
            var value = match.Groups["value"];
            var (first, second) = (match.Groups["first"].Value, match.Groups["second"].Value);
            var joined = first + "_" + second;
            if (LooksMadeUp(joined)
                && (joined.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || joined.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0
                    || (first.Length >= MinWordPart && second.Length >= MinWordPart)))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, value.Length));
            }
        }
    }

    private const int MinWordPart = 4;

    // Not a part: a rule's kinds of character ("letters then a hyphen then digits") or the joining words themselves.
    private const string NotAPart = @"(?:letters?|numbers?|digits?|characters?|chars?|symbols?|words?|names?|years?|birthday|something|then|and|plus|the)(?![a-z])";

    [GeneratedRegex(
        @"(?<![!-~])(?<value>(?!" + NotAPart + @")(?<first>[A-Za-z0-9]{3,})\s*(?:(?:(?<![a-z])(?:then|and|plus)\s+)?(?:an?\s+)?(?<![a-z])(?:underscore|hyphen|dash|dot|period|at\s+sign|exclamation(?:\s+mark)?|hash|asterisk)(?:\s+(?:then|and|plus))?|(?:の(?:あと|後)(?:に)?)?[、,\s]*(?:アンダーバー|アンダースコア|ハイフン|ドット|ピリオド|アットマーク|ビックリマーク|エクスクラメーション)(?:[、,\s]*(?:それから|そのあと|次に|で))?)[、,\s]+(?!" + NotAPart + @")(?<second>[A-Za-z0-9!#$%&*@_\-.]*[A-Za-z0-9]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartsAroundANamedSymbol();

    /// <summary>
    /// One word typed two ways, one with a capital inside it ("I typed lemondrop but maybe it was LemonDrop"), where a value is
    /// typed: a password whose case is in doubt. A name written twice ("Amazon … amazon") has no capital inside.
    /// </summary>
    private void AddCaseVariants(string folded, List<SensitiveFinding> findings)
    {
        // Most messages have no capital inside a word: one pass over the characters spares them the patterns.
        if (!HasCapitalInsideAWord(folded) || !CredentialContext().IsMatch(folded))
        {
            return;
        }

        var words = LetterWord().Matches(folded).Where(word => !lexicon.IsKnownHarmlessToken(word.Value)).ToList();
        foreach (var group in words.GroupBy(word => word.Value.ToLowerInvariant()))
        {
            var spellings = group.Select(word => word.Value).Distinct(StringComparer.Ordinal).ToList();
            if (spellings.Count >= 2 && spellings.Any(spelling => InnerCapital().IsMatch(spelling)))
            {
                findings.AddRange(group.Select(word => new SensitiveFinding(SensitiveKind.Password, word.Index, word.Length)));
            }
        }
    }

    /// <summary>
    /// One value quoted twice in two cases ("Tried 'Aperture1.4' and 'aperture1.4', both failed"), where a value is typed: a password
    /// whose case is in doubt, whatever its shape (a version is not tried in two cases).
    /// </summary>
    private static void AddQuotedCaseVariants(string folded, List<SensitiveFinding> findings)
    {
        if (folded.AsSpan().IndexOfAny(QuoteMarks) < 0 || !CredentialContext().IsMatch(folded))
        {
            return;
        }

        var quoted = QuotedToken().Matches(folded).Select(match => match.Groups["value"]).ToList();
        // Letters alone in two cases are a name written twice ('Amazon' and 'amazon'); a capital inside a word is AddCaseVariants'.
        foreach (var group in quoted.Where(value => !value.Value.All(char.IsAsciiLetter))
            .GroupBy(value => value.Value, StringComparer.OrdinalIgnoreCase))
        {
            if (group.Select(value => value.Value).Distinct(StringComparer.Ordinal).Count() >= 2)
            {
                findings.AddRange(group.Select(value => new SensitiveFinding(SensitiveKind.Password, value.Index, value.Length)));
            }
        }
    }

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("'\"“‘「『");

    [GeneratedRegex(@"(?:(?<![A-Za-z0-9])'|[""“‘「『])(?<value>[!-~]{4,40}?)(?:'(?![A-Za-z])|[""”’」』])", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedToken();

    /// <summary>
    /// A value next to a remark on how it is typed, its case or its spaces ("ok its ayumi1201 sorry no caps", "'ilovemycat' all
    /// lowercase", 「全部小文字で hanabi2019」): only a password is told with its case. Unquoted letters alone count only after "it's" or
    /// 「は」 (so "I typed my email all lowercase" names no value); a user name told with its case is not a password.
    /// </summary>
    private void AddCaseRemarkedValues(string folded, List<SensitiveFinding> findings)
    {
        // Most messages say nothing of case or spaces: one search spares them the patterns.
        if (folded.AsSpan().IndexOfAny(CaseRemarkKeys) < 0 || !CaseRemark().IsMatch(folded))
        {
            return;
        }

        foreach (Match match in CaseRemarkedValue().Matches(folded))
        {
            var value = match.Groups["value"];
            var core = Token.Core(value.ValueSpan).Trim(ClosingQuotes);
            var quoted = match.Groups["quote"].Success;
            var stated = match.Groups["stated"].Success;
            var letters = core.Length >= MinWeakLength && core.ToString().All(char.IsAsciiLetter);
            if ((LooksMadeUp(core) || ((quoted || stated) && letters && !IsOrdinaryWords(core.ToString().ToLowerInvariant())))
                && !Token.IsUrlOrEmail(core) && !lexicon.IsKnownHarmlessToken(core.ToString()) && !NamedBefore(folded, value.Index))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index + value.ValueSpan.IndexOf(core), core.Length));
            }
        }
    }

    private static readonly SearchValues<string> CaseRemarkKeys = SearchValues.Create(
        ["case", "caps", "capital", "small", "space", "letter", "小文字", "大文字", "半角", "スペース", "の位置", "の場所", "not sure where"], StringComparison.OrdinalIgnoreCase);

    private const string CaseRemarkWords =
        @"(?<![a-z])(?:all\s+(?:in\s+)?(?:lower|small|upper|capital)\s*-?\s*(?:case|letters?|caps)?|(?:in\s+)?(?:lower|upper)\s*-?\s*case|no\s+(?:caps|capitals?|capital\s+letters?|upper\s*case|spaces?)|with(?:out)?\s+(?:a\s+|any\s+)?(?:caps|capitals?|capital\s+letters?|spaces?)|(?:capital|upper\s*case)\s+(?:first\s+letter|at\s+the\s+(?:start|front|beginning))|first\s+letter\s+(?:is\s+)?(?:capital|capitalized|capitalised|upper\s*case)|(?:capital|upper\s*case|lower\s*case|small)\s+[a-z](?![a-z']))(?![a-z])"
        + @"|(?:全部|すべて|全て)(?:小文字|大文字|半角)|(?:大文字|小文字)の?[A-Za-z](?![A-Za-z])|小文字(?:だけ|のみ)|大文字(?:なし|無し|は(?:なし|無し|ない|使ってない|入ってない|入れてない)|は?(?:最初|頭|先頭)(?:だけ|の一文字))|スペース(?:なし|無し|は(?:なし|無し|ない|入れない|入ってない))|(?:頭|最初|先頭)(?:の一?文字)?(?:だけ)?大文字"
        // A doubt about where one of its marks goes (「… 最後のピリオドの位置が自信ない」"not sure where the dot goes").
        + @"|(?:(?:最後|最初|先頭|末尾|途中|真ん中)の)?(?:ピリオド|ドット|ハイフン|アンダーバー|アンダースコア|記号|スペース|大文字|数字)の(?:位置|場所)(?:が|は)?(?:自信(?:が)?ない|不安|あやし|怪し|わからな|分からな|微妙)|(?<![a-z])not\s+sure\s+where\s+the\s+(?:period|dot|hyphen|dash|underscore|capital|symbol)\s+(?:goes|is|was)";

    [GeneratedRegex(CaseRemarkWords, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseRemark();

    // The value, then the remark (a comma, "sorry", "and" or 「で」 between), or the remark, then the value.
    [GeneratedRegex(
        @"(?:(?<stated>(?<![a-z])(?:it'?s|its|is|was)\s+|は\s*|[:：]\s*)|(?<![!-~]))(?<quote>[""'“‘「『])?(?<value>[!-~]{4,40}?)[""'”’」』]?\s*(?:[,、.]\s*)?[(（]?\s*(?:(?:sorry|and|but|just|with|で|です|だよ)\s*[,、]?\s*)?(?:" + CaseRemarkWords + @")"
        + @"|(?:" + CaseRemarkWords + @")\s*(?:(?<stated>で|[:：])|です|[,、])?\s*(?<quote>[""'“‘「『])?(?<value>[!-~]{4,40})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseRemarkedValue();

    /// <summary>
    /// Values in a message that tells what the password is made of (「子どもの誕生日を並べただけで 03140927 です」「犬の名前と結婚した年を
    /// くっつけた mocha2011」"the dog's name plus the year, so rex2009"): the digits or the made-up token that follows from it.
    /// </summary>
    private void AddMadeOfValues(string folded, List<SensitiveFinding> findings)
    {
        if (folded.AsSpan().IndexOfAny(MadeOfKeys) < 0 || !MadeOf().IsMatch(folded))
        {
            return;
        }

        foreach (var run in AsciiRun().EnumerateMatches(folded))
        {
            var span = Token.WithoutEnclosingQuotes(folded, run.Index, run.Length);
            var core = Token.Core(folded.AsSpan(span.Start, span.Length));
            if ((IsTypedDigits(core) || LooksMadeUp(core)) && !Count().IsMatch(folded.AsSpan(span.Start))
                && !Token.IsUrlOrEmail(core) && !lexicon.IsKnownHarmlessToken(core.ToString()) && !NamedBefore(folded, span.Start))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, span.Start, core.Length));
            }
        }
    }

    private static readonly SearchValues<string> MadeOfKeys = SearchValues.Create(
        ["くっつけ", "つなげ", "繋げ", "並べ", "合わせ", "plus", "+", "followed", "combined", "together"], StringComparison.OrdinalIgnoreCase);

    // What a password is made of, joined (「犬の名前と結婚した年をくっつけた」「誕生日を並べた」"the dog's name plus the year"): how people build one.
    private const string MadeOfWords =
        @"(?:名前|なまえ|誕生日|生年月日|記念日|年|電話番号|番号)[^。\n]{0,12}?(?:くっつけ|つなげ|繋げ|並べ|合わせ|組み合わせ)|(?:名前|なまえ|誕生日|生年月日|記念日|旧姓|電話番号)\s*\+\s*(?:名前|なまえ|誕生日|生年月日|記念日|結婚した年|年|数字|番号)|(?<![a-z])(?:name|birthday|birth\s+year|year|date|number)s?\s+(?:plus|\+(?=\s)|followed\s+by|combined\s+with|stuck\s+together)(?![a-z])";

    [GeneratedRegex(MadeOfWords, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MadeOf();

    private static bool HasCapitalInsideAWord(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsAsciiLetterUpper(text[i]) && char.IsAsciiLetterLower(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SearchValues<string> TypedWords = SearchValues.Create(["入れた", "打った", "入力した", "使ってる", "使ってた"], StringComparison.Ordinal);

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-.@])[A-Za-z]{6,24}(?![A-Za-z0-9_\-@])", RegexOptions.CultureInvariant)]
    private static partial Regex LetterWord();

    [GeneratedRegex(@"^[A-Za-z]+[A-Z][a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex InnerCapital();

    [GeneratedRegex(@"(?<![!-~])[「『""'“]?(?<value>[!-~]{4,40}?)[」』""'”]?\s*(?:←|⇐|<-|<=)\s*(?:こう|これ|こんな|この|強|弱|大丈夫|どう|(?i:this|like\s+this|that|strong|weak|good|safe|secure|ok(?:ay)?\b))", RegexOptions.CultureInvariant)]
    private static partial Regex PointedBackValue();

    [GeneratedRegex(@"(?:→|⇒|->|=>|(?<=\s)=(?=\s))\s*[「『""'“]?(?<value>[!-~]{4,})", RegexOptions.CultureInvariant)]
    private static partial Regex PointedValue();

    [GeneratedRegex(@"(?:[,、:：]|\s[-—]\s)\s*(?:(?i:it'?s|it\s+is|that'?s)\s+)?[「『""']?(?<value>[!-~]{6,40}?)[」』""']?\s*(?:[,、;]|\s[-—]\s|[.。](?:\s|$)|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SetOffValue();

    // Also "I use that passphrase for basically everything", 「全部これにしてる」.
    [GeneratedRegex(@"使い回|使いまわ|(?:全部|どこも|どこでも|ぜんぶ)(?:これ|それ|同じ)|(?<![a-z])(?:reus(?:e|ed|ing)|same\s+(?:one|password|pw)\s+(?:for|on|everywhere)|use\s+(?:that|this|it|the\s+same)(?:\s+(?:one|password|pw|passphrase))?\s+(?:everywhere|(?:for|on)(?:\s+(?:basically|almost|pretty\s+much|nearly))?\s+(?:everything|every|all|most)))(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reuse();
}
