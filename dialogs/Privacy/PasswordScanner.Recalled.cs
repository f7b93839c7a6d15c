using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Passwords recalled aloud, with a hedge and no password word (「たぶん mochi2020 だと思う」"its bluebird77 i think"): a person
/// trying to remember what they set says the value and how sure they are, or how it is written ("with the hyphen"); passwords
/// told piece by piece with the kind of each piece (「大文字のエム、小文字でiyo、数字で1122」). And model names after their brand
/// ("AQUOS sense6", "Fire HD10"), which are no one's password.
/// </summary>
internal sealed partial class PasswordScanner
{
    /// <summary>A made-up value (a word with digits, mixed or opaque) after or before a hedge ("it should be kumo1985 but …"); not a version, a code or a product.</summary>
    private void AddHedgedValues(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in HedgedValue().Matches(folded))
        {
            var value = match.Groups["value"];
            var core = Token.Core(value.ValueSpan);
            var told = match.Groups["written"].Success
                ? LooksMadeUp(core)
                : IsWordWithDigitsOrMixed(core) || TokenShape.Of(core) != Opacity.None || (JoinedWords().IsMatch(core) && !SignInIdentifier().IsMatch(core));
            if (told
                && !VersionOrCode().IsMatch(core)
                && !Token.IsUrlOrEmail(core)
                && !lexicon.IsKnownHarmlessToken(core.ToString())
                && !NamedBefore(folded, value.Index)
                && !NameInTheClause().IsMatch(folded.AsSpan(0, value.Index)))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, core.Length));
            }
        }
    }

    /// <summary>
    /// A value after what it stands for ("my password is just my birthday 19880412", "pw was my old phone number, 55120934"):
    /// digits, or a made-up token, ending the description that follows "password is".
    /// </summary>
    private void AddDescribedValues(string folded, List<SensitiveFinding> findings) =>
        AddToldValues(DescribedValue(), folded, findings, digitsAlone: true);

    /// <summary>
    /// Values told as the old one, the new one or the one used ("the old one was Fuji-2011 and the new one Fuji-2024", "the one I
    /// used on the old phone: shinkansen700", 「前のは sakura88、新しいのは sakura99」): what a person changing a password compares;
    /// taken when they look made up and are not products or versions.
    /// </summary>
    private void AddOldAndNewOnes(string folded, List<SensitiveFinding> findings) =>
        AddToldValues(OldOrNewOne(), folded, findings, digitsAlone: false);

    /// <summary>
    /// A value read from where the person wrote it down (「メモ帳に書いてあるのは kotaro-0909」「付箋に MOMO1004 と書いてた」"I wrote
    /// Lily#2002 on a sticky note"), or put in brackets after what it stands for (「パスワードは誕生日（0315）と名前です」: digits alone
    /// only after a date's name).
    /// </summary>
    private void AddWrittenDownValues(string folded, List<SensitiveFinding> findings) =>
        AddToldValues(WrittenDownValue(), folded, findings, digitsAlone: false);

    /// <summary>
    /// Each <c>value</c> of <paramref name="pattern"/> that looks made up, or is typed digits where <paramref name="digitsAlone"/>
    /// or the match names a date (its <c>date</c> group); not an address, a URL or a known product.
    /// </summary>
    private void AddToldValues(Regex pattern, string folded, List<SensitiveFinding> findings, bool digitsAlone)
    {
        foreach (Match match in pattern.Matches(folded))
        {
            var value = match.Groups["value"];
            var core = ToldValue(folded, value);
            var digits = (digitsAlone || match.Groups["date"].Success) && IsTypedDigits(core);
            // Words joined by dots (yuka.love.mint) read as a domain, but one told as the value with no scheme and no common ending is the value.
            if ((digits || LooksMadeUp(core)) && (!Token.IsUrlOrEmail(core) || JoinedWords().IsMatch(core)) && !lexicon.IsKnownHarmlessToken(core.ToString()))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, core.Length));
            }
        }
    }

    /// <summary>The value without its closing quotes: one in quotes keeps its last '!' or '.', one without ends at the sentence's punctuation.</summary>
    private static ReadOnlySpan<char> ToldValue(string folded, Group value)
    {
        var unquoted = value.ValueSpan.TrimEnd(ClosingMarks);
        var end = value.Index + value.Length;
        var quoted = unquoted.Length < value.Length || (end < folded.Length && ClosingMarks.Contains(folded[end]));
        return quoted ? unquoted : Token.Core(unquoted).TrimEnd(ClosingMarks);
    }

    /// <summary>Two pieces or more, each after the kind of characters it is, in a message about a password.</summary>
    private static void AddPieces(string folded, List<SensitiveFinding> findings)
    {
        var pieces = Piece().Matches(folded);
        if (pieces.Count == 0)
        {
            return;
        }

        var next = NextPiece().Matches(folded, pieces[0].Index);
        if (pieces.Count + next.Count < MinPieces)
        {
            return;
        }

        // 「小文字のエルと数字の1って見分けがつかない」「大文字のアイか小文字のエルか」: characters compared, not a value told.
        var told = pieces.Concat(next).Select(piece => piece.Groups["piece"])
            .Where(value => !ComparedAfter().IsMatch(folded.AsSpan(value.Index + value.Length)))
            .ToList();
        if (told.Count < MinPieces)
        {
            return;
        }

        foreach (var value in told)
        {
            findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, value.Length));
        }
    }

    private const int MinPieces = 2;

    [GeneratedRegex(@"^\s*(?:って|か(?:\s|[、,。]|$|分|わか|どっち|どちら|見分け)|と(?:\s*(?:数字|大文字|小文字|記号|英字))|(?:or|vs\.?)\s+(?:a\s+)?(?:capital|lower|upper|small|number|digit))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparedAfter();

    /// <summary>Drops the passwords this scanner found that follow a brand as its model ("AQUOS sense6", "Xperia 10V", "Kindle PW5").</summary>
    private void RemoveModelNames(string folded, List<SensitiveFinding> findings, int firstOfThisScanner)
    {
        for (var i = findings.Count - 1; i >= firstOfThisScanner; i--)
        {
            if (findings[i].Kind == SensitiveKind.Password && BrandBefore(folded, findings[i].Start))
            {
                findings.RemoveAt(i);
            }
        }
    }

    private bool BrandBefore(string folded, int start)
    {
        var before = folded.AsSpan(0, start).TrimEnd(' ');
        if (before.Length == start)
        {
            return false;
        }

        var wordStart = before.Length;
        while (wordStart > 0 && char.IsAsciiLetter(before[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart < before.Length && lexicon.IsBrand(before[wordStart..]);
    }

    // The clause before names a user name or an ID, not a password: "my username on the family profile is 'Kids2', not sure…".
    [GeneratedRegex(@"(?:user\s?name|login\s?id|nick\s?name|handle|ユーザー名|ユーザーネーム|ニックネーム|アカウント名|(?<![a-z])id(?![a-z]))(?:(?!pass|パス)[^。.!?\n]){0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameInTheClause();

    // A hedge (たぶん … です, "it should be …"), or the value, then a hedge (だと思う, かな, かも, "i think", "or something", "cant remember") or how it is written ("with the
    // hyphen and the underscore", 「大文字入り」).
    [GeneratedRegex(
        @"(?:たぶん|多分|おそらく|恐らく)[、,]?\s*[「『""“]?(?<value>[!-~]{4,40}?)[」』""”]?\s*(?:です|でした|だ(?:よ|と|った)|かと)"
        + @"|(?<![a-z])(?:it|that|mine|the\s+password|the\s+pw)\s+(?:should|must|would|ought\s+to)\s+be\s+[""“']?(?<value>[!-~]{4,40}?)[""”']?(?=[\s,.!?]|$)"
        + @"|(?<![!-~])[「『""“]?(?<value>[!-~]{4,40}?)[」』""”]?\s*(?:だと思|だったと思|だった気が|だったような|だったはず|のはず|だったかな|だったかも|だったっけ|かな|かも|(?:i\s+think|i\s+guess|i\s+believe|i\s+reckon|or\s+something|or\s+so|(?:i\s+)?can'?t\s+remember|not\s+sure)(?![a-z])"
        + @"|(?<written>[,、]?\s*(?:with\s+(?:the\s+|a\s+|an\s+)?(?:hyphen|underscore|dash|dot|capital|symbol|exclamation|at\s+sign)|(?:ハイフン|アンダーバー|アンダースコア|大文字|記号|ドット)(?:入り|付き|あり|も入|を入)|(?:ハイフン|アンダーバー|大文字|記号)(?:と|も)(?:ハイフン|アンダーバー|大文字|記号))))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HedgedValue();

    // A piece after its kind: 「大文字のケー」「小文字でaede」「数字で0909」"capital K", "lowercase aede", "then the numbers 0909"; not
    // a rule (「数字8文字以上」).
    [GeneratedRegex(
        @"(?:大文字|小文字|数字|英字|記号|(?<![a-z])(?:capital|upper\s*case|lower\s*case|small\s+letters?|numbers|digits|symbol))(?:\s*(?:で|の|は|が|:|：)\s*|\s+(?:then\s+)?)(?!" + NotAPiece + @")(?<piece>[!-~]{1,16}(?![!-~])(?!\s*(?:文字|桁|つ|個|以上|以下|characters?|chars?|digits?|or\s+more))|(?:エー|ビー|シー|ディー|イー|エフ|ジー|エイチ|アイ|ジェー|ケー|エル|エム|エヌ|オー|ピー|キュー|アール|エス|ティー|ユー|ブイ|ダブリュー|エックス|ワイ|ゼット)(?![ァ-ヺー]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Piece();

    // A piece after the first told as what follows ("capital S then akura then 99", 「次に 0909」).
    [GeneratedRegex(
        @"(?:(?<![a-z])(?:and\s+)?then\s+|(?:次に|その後|続けて|最後に)(?:は|が)?[、,\s]*)(?!" + NotAPiece + @")(?!(?:大文字|小文字|数字|英字|記号|capital|upper|lower|small|numbers|digits|symbol)(?![a-z]))(?<piece>[!-~]{1,16})(?![!-~])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextPiece();

    // Words that go on with a sentence about a password's rules or what happened next ("lower case letters only, then I changed it",
    // "upper case then a symbol then more").
    private const string NotAPiece = @"(?:i|it|we|you|they|he|she|the|a|an|that|this|tried|try|changed|typed|entered|reset|got|it'?s|letters?|characters?|chars?|only|and|or|too|also|are|is|were|was|then|more|less|lower|upper|case|symbols?|numbers?|digits?|capitals?|at|in|on|of|with|first|last|end|start)(?![!-~])";

    // "password is (just) my birthday 19880412", "set the password to our wedding date 20150823": what the value stands for, a few words, then the value ending the clause
    // ("the one from 2019" ends in a preposition: a time, not the value); 「数字だけで 19850426 にしてました」: what it is made of, the value, and that it was set so.
    // 「パスワードは Amazon 専用に作った ak-0415-jp で」「前のは昔決めた kuma-77 です」: how it was made, a verb, then the value.
    [GeneratedRegex(
        @"(?:パスワード|パス|暗証番号|(?:前|古い|新しい|今|以前|元|最初)の(?:やつ|もの|の)?)(?:は|が|:|：)\s*[^。\n、,]{0,16}?(?:(?:作っ|決め|設定し|考え|付け|つけ|変え|登録し)た|専用の|用の)\s*[「『""']?(?<value>[!-~]{4,40}?)[」』""']?(?=\s*(?:で|です|でした|だ|に|を|って|と|、|,|。|$))"
        + @"|(?:数字(?:だけ|のみ)|誕生日|生年月日|記念日)(?:で|を使って)[、,\s]*[「『""']?(?<value>[!-~]{4,24}?)[」』""']?\s*(?:に|と)(?:して|設定|変え|決め|した)|(?<![a-z0-9])(?:" + EnglishPasswordWord + @"|pw|pwd)\s+(?:is|was|to)\s+(?:(?:literally|just|basically|simply|only|still)\s+)*(?:my|her|his|our|their|the)\s+(?:[a-z'’\-]+\s+){0,3}?(?<![a-z])(?!(?:from|in|since|on|at|for|of|until|before|after|than|with|by|to|about|around)\s)[a-z'’\-]+\s*[,:(]?\s*[""'“‘]?(?<value>[!-~]*\d[!-~]*?)[""'”’)]?(?=[.,!?;]?(?:\s|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DescribedValue();

    [GeneratedRegex(
        @"(?<![a-z])(?:old|new|current|previous|original|last)\s+one(?:\s+(?:is|was|=)|\s*:|\s*\?\s*(?:it\s+(?:was|is)|it'?s))?\s+[""'“‘]?(?<value>[!-~]+)"
        + @"|(?<![a-z])(?:the\s+)?one\s+(?:i|we|she|he)\s+(?:always\s+)?(?:used?|set|had|typed|made|entered|picked|chose)(?:\s+[a-z']+){0,5}?(?:\s+(?:is|was)|\s*:)\s+[""'“‘]?(?<value>[!-~]+)|(?<![a-z])(?:changed|set|switched|reset)\s+it\s+to\s+[""'“‘]?(?<value>[!-~]+)|(?:全部|ぜんぶ|フル|ちゃんと|正確に|正しく)(?:だと|で(?:書く|言う)と|書くと|言うと|は)[、,\s]*[「『""']?(?<value>[!-~](?:[!-~]|[★☆♪♡♥◆◇])*)|(?<![a-z])(?:the\s+full\s+(?:one|password|value)\s+is|in\s+full\s*[:,]?)\s+[""'“‘]?(?<value>[!-~]+)|(?:前|古い|新しい|今|以前|元|最初|(?:会社|仕事|個人|家族|子供|自分|夫|妻|店|私)用)の(?:やつ|もの|の|ほう)?(?:は|が|:|：)\s*[「『""']?(?<value>[!-~](?:[!-~]|[★☆♪♡♥◆◇])*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OldOrNewOne();

    private const string ClosingMarks = "」』\"'”’)）";

    // Where people write passwords down, and what they wrote there (a site's name and an arrow may stand first: 「付箋に amazon→…」); a password sentence, then one that is only the value
    // (「昔のパスワード覚えてます。nagoya-dome1997 です。」); or a password word, what it stands for, and the value in brackets.
    private const string NoteWord = @"メモ帳?|手帳|ノート|付箋|紙|控え|notebook|note|sticky(?:\s+note)?|post-?it|paper|diary|planner";

    [GeneratedRegex(
        @"(?:" + NoteWord + @")(?:に|には|の|で)?\s*(?:書いて(?:ある|あった|た)|書いた|メモした|残してる|ある)?(?:の|もの|やつ)?(?:は|が|:|：)\s*[「『""']?(?<value>[!-~]{4,40})"
        + @"|(?:" + NoteWord + @")(?:に|には)\s*(?:[a-z]{2,16}\s*(?:→|->|:|=)\s*)?[「『""']?(?<value>[!-~]{4,40})[」』""']?\s*(?:と|って)\s*(?:書|メモ|あ)"
        + @"|(?<![a-z])(?:i|we|she|he|my\s+\w+)\s+(?:wrote|jotted|noted|kept)(?:\s+(?:it\s+)?down)?\s+[""'“]?(?<value>[!-~]{4,40}?)[""'”]?\s+(?:in|on)\s+(?:my|a|the|our|her|his)\s+(?:[a-z]+\s+)?(?:" + NoteWord + @")"
        + @"|(?:パスワード|パス)[^。\n]{0,16}[。\n]\s*[「『""']?(?<value>[!-~]{4,40}?)[」』""']?\s*(?:です|でした|だった|だと思)"
        + @"|(?:パスワード|パス|暗証番号)(?:は|が)?[^。\n（(]{0,12}?(?<date>誕生日|生年月日|記念日|結婚記念日)?[^。\n（(]{0,6}?[（(]\s*(?<value>[!-~]{4,24}?)\s*[）)]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDownValue();
}
