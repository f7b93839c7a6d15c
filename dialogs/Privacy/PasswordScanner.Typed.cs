using System.Buffers;
using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Passwords told as what was typed, in a message that names a password: 「入力してるのは shibainu_poti です」,
/// "I entered Tokyo_Nights_88", "what I type is …"; and passphrases, which hold spaces: "passphrase: purple elephant
/// dancing 9", "Tried "velvet harbor pencil 31" as my passphrase", 「"sora umi 88" をパスワードにした」.
/// </summary>
internal sealed partial class PasswordScanner
{
    private const int MaxPassphraseLength = 60;

    // passwordNamed: whether the message names a password; when it only talks of logging in, the value must look made up.
    private void AddTypedValues(string folded, List<SensitiveFinding> findings, bool passwordNamed)
    {
        foreach (Match match in TypedValue().Matches(folded))
        {
            var value = match.Groups["value"];
            var span = Token.WithoutEnclosingQuotes(folded, value.Index, value.Length);
            var core = Token.Core(folded.AsSpan(span.Start, span.Length));
            var japanese = match.Groups["ja"].Success;
            if (core.Length >= MinStatedLength
                && (LooksMadeUp(core) || (passwordNamed && (japanese || core.ContainsAny(InnerMarks) || match.Groups["quoted"].Success)))
                && !Token.IsUrlOrEmail(core)
                && !IsOrdinaryWords(core.ToString())
                && !lexicon.IsKnownHarmlessToken(core.ToString())
                && !CopiedFromAPuzzle().IsMatch(folded, span.Start + core.Length))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, span.Start, core.Length));
            }
        }
    }

    [GeneratedRegex(@"画像認証|キャプチャ|captcha|characters\s+you\s+see|(?:picture|image)\s+(?:shows|says|reads)|表示された文字|画像の文字|パズル|puzzle", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Puzzle();

    // "I typed A1B2C3 from the captcha": letters copied from a picture everyone is shown.
    [GeneratedRegex(@"\G[""'”’)]?\s*(?:from|off|in|into|as\s+shown\s+(?:in|on))\s+(?:the\s+)?(?:captcha|puzzle|image|picture|distorted)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopiedFromAPuzzle();

    private static void AddPassphrases(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in Passphrase().Matches(folded))
        {
            var value = match.Groups["value"];
            var trimmed = value.ValueSpan.TrimEnd(" .,!?");
            if (trimmed.Length >= MinStatedLength
                && !OtherValueBefore().IsMatch(folded.AsSpan(Math.Max(0, match.Index - AboutWindow), Math.Min(match.Index, AboutWindow))))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, trimmed.Length));
            }
        }
    }

    /// <summary>
    /// A password in Japanese or another script, in quotes after the password word or before a verb of setting or typing it
    /// (「パスワードはひらがなで「ねこのたまちゃん8さい」にしてた」「パスフレーズ「朝は味噌汁夜はカレー」で登録」): not what a screen
    /// or a rule says (「パスワードが違います」と出る, 「半角英数字8文字以上」), which holds the words of sign-in screens.
    /// </summary>
    private static void AddQuotedPhrases(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in QuotedPhrase().Matches(folded))
        {
            var value = match.Groups["value"];
            // «"Forgot password?" → page titled "Password assistance"»: what stands between two quoted things is not in quotes.
            if (value.Length > 1 && char.IsWhiteSpace(value.ValueSpan[0]) && char.IsWhiteSpace(value.ValueSpan[^1]))
            {
                continue;
            }

            var text = value.ValueSpan.Trim();
            var phrase = (text.ContainsAnyExceptInRange('\0', '\x7f') ? !ScreenWords().IsMatch(text) && !Description().IsMatch(text) : IsAsciiPassphrase(text))
                && !ShownAfter().IsMatch(folded.AsSpan(value.Index + value.Length));
            if (text.Length >= 2 && phrase && text.IndexOfAnyExcept(MaskCharacters) >= 0 && !ButtonLabel().IsMatch(text)
                && !(match.Groups["gap"].Success && AboutThePasswordWords().IsMatch(match.Groups["gap"].ValueSpan))
                && !AboutThePasswordBefore().IsMatch(folded.AsSpan(Math.Max(0, match.Index - AboutWindow), Math.Min(match.Index, AboutWindow))))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, value.Length));
            }
        }
    }

    // What a person clicks on a screen's question (「パスワードを保存しますか？」は「いいえ」にした): a button's label, not a value.
    [GeneratedRegex(@"^(?:はい|いいえ|(?i:ok|yes|no|cancel|not\s+now|never|save|allow)|キャンセル|保存(?:する|しない)|今はしない|後で|あとで|許可(?:する|しない)?|拒否|閉じる|次へ|続ける)$", RegexOptions.CultureInvariant)]
    private static partial Regex ButtonLabel();

    private static readonly System.Buffers.SearchValues<char> MaskCharacters = System.Buffers.SearchValues.Create("●•*＊・xX○◯ ");

    /// <summary>Words with spaces in quotes («i love ramen 2»): not what a screen says («Incorrect password», «Try again»).</summary>
    private static bool IsAsciiPassphrase(ReadOnlySpan<char> text) =>
        text.Contains(' ') && text.Length >= MinStatedLength && !EnglishScreenWords().IsMatch(text);

    /// <summary>
    /// Other versions of a password already found, which people list together (「昔の kotatsu_mikan も今の kotatsu_mikan2 も」,
    /// "Sakura2023 and Sakura2024"): a token that starts with the same five characters or more.
    /// </summary>
    private void AddVariants(string folded, List<SensitiveFinding> findings, int firstOfThisScanner)
    {
        // A variant of an example is the example's word ("passwords like password123"), not a value of theirs.
        var known = findings.Skip(firstOfThisScanner)
            .Where(finding => finding.Kind == SensitiveKind.Password && finding.Length >= MinVariantPrefix && !QuotedValueContext.IsNotTheirs(folded, finding))
            .ToList();
        if (known.Count == 0)
        {
            return;
        }

        foreach (var run in AsciiRun().EnumerateMatches(folded))
        {
            var span = Token.WithoutEnclosingQuotes(folded, run.Index, run.Length);
            var token = Token.Core(folded.AsSpan(span.Start, span.Length));
            if (token.Length < MinVariantPrefix || lexicon.IsKnownHarmlessToken(token.ToString()))
            {
                continue;
            }

            foreach (var password in known)
            {
                if (!(password.Start <= span.Start && password.End >= span.Start)
                    && token.CommonPrefixLength(folded.AsSpan(password.Start, password.Length)) >= MinVariantPrefix)
                {
                    findings.Add(new SensitiveFinding(SensitiveKind.Password, span.Start, token.Length));
                    break;
                }
            }
        }
    }

    /// <summary>Two made-up values offered as alternatives in a message about a password (「たぶん taro0315 か taro1503 のどっちか」, "either Kuma77 or Kuma78").</summary>
    // strictShapes: in a message that names no password, both must be a word with digits or mixed ("either Bluebird77 or bluebird77!").
    private void AddAlternativePairs(string folded, List<SensitiveFinding> findings, bool strictShapes)
    {
        foreach (Match match in AlternativePair().Matches(folded))
        {
            var first = match.Groups["first"];
            var second = match.Groups["second"];
            var a = Token.Core(first.ValueSpan);
            var b = Token.Core(second.ValueSpan);
            // Two spellings of one value (Nyanko_ZZ7 or Nyanko_227, correcthorsebattery or correct-horse-battery) are a value being
            // recalled, whatever their shape, when one of them looks made up.
            var variants = Unjoined(a).AsSpan().CommonPrefixLength(Unjoined(b)) >= MinVariantPrefix
                && ((a.ContainsAnyInRange('0', '9') && b.ContainsAnyInRange('0', '9')) || (a.Length >= MinStrongLength && b.Length >= MinStrongLength));
            if ((LooksMadeUp(a) && LooksMadeUp(b) || (variants && (LooksMadeUp(a) || LooksMadeUp(b)))) && (!strictShapes || variants || (IsWordWithDigitsOrMixed(a) && IsWordWithDigitsOrMixed(b))) && !Token.IsUrlOrEmail(a) && !Token.IsUrlOrEmail(b)
                && !lexicon.IsKnownHarmlessToken(a.ToString()) && !lexicon.IsKnownHarmlessToken(b.ToString()))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, first.Index, a.Length));
                findings.Add(new SensitiveFinding(SensitiveKind.Password, second.Index, b.Length));
            }
        }
    }

    /// <summary>The token without the marks that join its words ('-', '_', '.'), in small letters: what two spellings share.</summary>
    private static string Unjoined(ReadOnlySpan<char> token) =>
        string.Concat(token.ToString().Where(c => c is not ('-' or '_' or '.'))).ToLowerInvariant();

    private static bool IsWordWithDigitsOrMixed(ReadOnlySpan<char> token) => WordWithDigits().IsMatch(token) || IsMixed(token);

    /// <summary>
    /// A password in kana or kanji with digits, as voice input writes it (「パスワードはにゃんこ二〇二三です」「ぱすわーどわ、はるみ、いちいちにーに、です」):
    /// after the password word and は (or right after the word when kana run into digits: 「パスワード　たなか１９５６」; the folding
    /// drops a space between Japanese words), up to です, で or the end of the clause; not a rule or a count (「8文字以上です」「3回間違えた」).
    /// </summary>
    private static void AddJapaneseValues(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in JapaneseValue().Matches(folded))
        {
            var value = match.Groups["value"];
            var text = value.ValueSpan.Trim("、, ");
            // 「ローマ字でひまわりにじゅうさん」: how it is written comes first, then the value.
            if (HowWritten().Match(text.ToString()) is { Success: true, Index: 0 } how)
            {
                text = text[how.Length..].TrimStart("、, ");
            }

            if (text.Length >= 3 && !ScreenWords().IsMatch(text) && !Count().IsMatch(text)
                && (text.IndexOfAny(DigitCharacters) >= 0 || DigitsReadOut.Of(text.ToString()) is not null || SpellsLetters(text)
                    || ScriptNamed().IsMatch(folded) || CaseRemark().IsMatch(folded)))
            {
                var start = value.Index + value.ValueSpan.IndexOf(text);
                findings.Add(new SensitiveFinding(SensitiveKind.Password, start, text.Length));
            }
        }
    }

    /// <summary>
    /// A phrase in brackets said to be typed in romaji, and the romaji after it (「「いぬとねこがだいすき」をそのままローマ字にして
    /// inutonekogadaisuki」): how a Japanese phrase becomes a password; both halves tell it.
    /// </summary>
    private static void AddPhrasesInRomaji(string folded, List<SensitiveFinding> findings)
    {
        if (folded.AsSpan().IndexOfAny(RomajiWords) < 0)
        {
            return;
        }

        foreach (Match match in PhraseInRomaji().Matches(folded))
        {
            foreach (var name in (string[])["phrase", "romaji"])
            {
                if (match.Groups[name] is { Success: true } part)
                {
                    findings.Add(new SensitiveFinding(SensitiveKind.Password, part.Index, part.Length));
                }
            }
        }
    }

    private static readonly System.Buffers.SearchValues<string> RomajiWords = System.Buffers.SearchValues.Create(["ローマ字", "ろーまじ", "英字", "アルファベット"], StringComparison.Ordinal);

    [GeneratedRegex(@"[「『](?<phrase>[ぁ-ゖァ-ヺー一-龯々0-9]{3,24})[」』]\s*を\s*(?:そのまま|全部|ぜんぶ)?\s*(?:ローマ字|ろーまじ|英字|アルファベット)(?:に|で)(?:して|した|直して|変えて)?[^!-~\n]{0,4}?(?:\s*(?<romaji>[a-z][a-z0-9_\-]{3,40}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhraseInRomaji();

    /// <summary>
    /// In a message about passwords, the person's own told as theirs (「私のは 19870623 なんだけど」"mine is Kuma2020"), and values
    /// in Japanese brackets (「パスワードは英小文字で「takenoko」、続けて数字で「4416」」), where Japanese users put what they typed.
    /// </summary>
    private void AddTheirOwn(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in TheirOwn().Matches(folded))
        {
            var value = match.Groups["value"];
            var core = Token.Core(value.ValueSpan);
            if (core.Length >= MinStatedLength && !IsOrdinaryWords(core.ToString().ToLowerInvariant()) && !OrdinaryWordForm().IsMatch(core)
                && !Token.IsUrlOrEmail(core) && !lexicon.IsKnownHarmlessToken(core.ToString()) && !Count().IsMatch(folded.AsSpan(value.Index))
                && !NotAPasswordAfter().IsMatch(folded.AsSpan(value.Index + value.Length))
                && !OtherValueBefore().IsMatch(folded.AsSpan(Math.Max(0, match.Index - AboutWindow), Math.Min(match.Index, AboutWindow))))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, core.Length));
            }
        }
    }

    // 「「Sakura」はパスワードじゃなくてWi-Fiの名前でした」"'Momo' isn't my password": said not to be one.
    [GeneratedRegex(@"^\s*[」』""'”’]?\s*(?:は|って|わ|も)\s*(?:パスワード|パス|暗証番号)(?:じゃ|では|でわ)(?:な|あり)|^\s*[""'”’]?\s+(?:is|was)(?:n't|\s+not)\s+(?:my|the|a|our)\s+(?:password|pw|pin)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAPasswordAfter();

    [GeneratedRegex(@"(?:私|僕|俺|わたし|うち|自分)の(?:パスワード)?(?:は|って)\s*(?<value>[!-~]+)|(?<![a-z])mine(?:\s+is|'s)\s+[""'“]?(?<value>[!-~]+)|[「『](?<value>[A-Za-z0-9][!-~]{3,39})[」』]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheirOwn();

    // 「メールアドレスのスペルが「mayumi」か…」「ログインユーザーは「kitchen-pc」」: what is in the brackets is another value (an address, an ID,
    // a user's or a computer's name).
    [GeneratedRegex(@"(?:メール|アドレス|メアド|(?<![a-z])id(?![a-z])|ユーザー(?:名|ネーム)?|名前|スペル|ニックネーム|(?:PC|端末|コンピューター?|ホスト|デバイス)名|e-?mail|address|user\s?name|(?:computer|host|device|pc)\s?name)(?:(?!パス|pass)[^。\n]){0,24}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherValueBefore();

    /// <summary>
    /// A value told as what was typed, before the verb («「kumamon_55」と入力したら», «aoi.sora.umi って打ったら», «「Tamago*Kake*Gohan」で入ってた»),
    /// or made the password («nao.0123 ってパスワードにしてた», «「Sora-Iro-88」にしたはず», «最後に変えたときは kaede-2024 にした», "set tulip-77 as
    /// my new password"), told to someone who asked for it («聞かれて hana-77 って答えちゃった»), or told as the one for every site
    /// («楽天もアマゾンも両方 mikan55 です»), or named as what was set ("Sora-Kid-2019 is what I set"): taken when it looks made up.
    /// </summary>
    private void AddTypedBeforeTheVerb(string folded, List<SensitiveFinding> findings, bool namesPassword)
    {
        // What someone types into an image check (「画像認証が通らない、XK7P2 って入れてるのに」) is the picture's letters.
        if (Puzzle().IsMatch(folded) && !namesPassword)
        {
            return;
        }

        foreach (Match match in TypedBeforeTheVerb().Matches(folded))
        {
            var value = match.Groups["value"];
            var core = Token.Core(value.ValueSpan);
            // Quoted and typed at a sign-in, even a word that starts like a product's name is the value (「「kindle2019mika」って入れたら」).
            var quotedAtSignIn = value.Index > 0 && IsOpeningQuote(folded[value.Index - 1]) && (namesPassword || CredentialContext().IsMatch(folded))
                && TypingVerb().IsMatch(folded.AsSpan(value.Index + value.Length, match.Index + match.Length - value.Index - value.Length));
            if ((LooksMadeUp(core) || IsWordWithDigitsOrMixed(core)) && (!Token.IsUrlOrEmail(core) || JoinedWords().IsMatch(core))
                && !IsHarmless(core.ToString(), japaneseTopic: !quotedAtSignIn)
                && !NamedBefore(folded, value.Index))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, core.Length));
            }
        }
    }

    private static bool IsOpeningQuote(char c) => c is '「' or '『' or '"' or '“';

    // Typed, not set or changed to (「「iOS18」にしたら」 is an update).
    [GeneratedRegex(@"入力|入れ|打")]
    private static partial Regex TypingVerb();

    /// <summary>A made-up value corrected to another ("it's not sunnyday11, it's sunnyday1l", «前は「daisuki0707」だった»).</summary>
    private void AddCorrectedPairs(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in CorrectedPair().Matches(folded))
        {
            // A value set beside its own misspelling ("it's Kx7-marble-Fern not Kx7-marbel-Fern") is made up whatever its shape.
            var first = Token.Core(match.Groups["first"].ValueSpan);
            var second = Token.Core(match.Groups["second"].ValueSpan);
            var typo = match.Groups["second"].Success && (Token.DiffersByATypo(first, second) || first.SequenceEqual(second));
            // An arrow alone joins any two things («Gmail → Amazon»); only from a value to its own mended spelling is it a correction
            // («ｋｏｈａｒｕ＿２２ → koharu_22 が正しいです», the same once folded).
            if (match.Groups["arrow"].Success && !typo)
            {
                continue;
            }

            foreach (var name in (string[])["first", "second"])
            {
                var value = match.Groups[name];
                if (!value.Success)
                {
                    continue;
                }

                var core = Token.Core(value.ValueSpan);
                if (core.Length >= MinWeakLength && LooksMadeUp(core) && (typo || IsWordWithDigitsOrMixed(core.TrimEnd("lI")))
                    && !lexicon.IsKnownHarmlessToken(core.ToString()) && !NamedBefore(folded, value.Index))
                {
                    findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, core.Length));
                }
            }
        }
    }

    [GeneratedRegex(
        @"(?:[「『""“](?<value>[!-~]{4,40})[」』""”]|(?<![!-~])(?<value>[!-~]{4,40}))\s*(?:(?:と|って|で|を)\s*(?:いつも|毎回|普段|ずっと)?\s*(?:入力|入れ|入って|入ろ|打|ログイン|サインイン)|(?:と|って|を)\s*(?:答え|教え|伝え)(?:ちゃ|てしま|た|まし|て)|(?i:\s(?:is|was)\s+what\s+(?:i|we)(?:'ve)?\s+(?:set|used|typed|put|chose|picked|made|use)(?![a-z])))|(?:両方|どっちも|どちらも|全部|ぜんぶ)(?:とも)?\s*(?:[「『""“](?<value>[!-~]{4,40})[」』""”]|(?<![!-~])(?<value>[!-~]{4,40}?))\s*(?:です|でした|だよ|だった|にして)|[「『""“](?<value>[!-~]{4,40})[」』""”]\s*に(?:した|して|しま|設定|変更|変え)|(?:変え|変更し|再設定し|リセットし)た(?:とき|時|やつ|の|あと|後)?(?:は|に|、|,)?\s*(?<![!-~])(?<value>[!-~]{4,40}?)\s*に(?:した|して|しま|設定)|(?:[「『""“](?<value>[!-~]{4,40})[」』""”]|(?<![!-~])(?<value>[!-~]{4,40}))\s*(?:って|と|を)\s*(?:いう|言う)?\s*(?:パスワード|パス|ぱすわーど)(?:に|で)|(?<![!-~])(?<value>[!-~]{4,40})\s+(?i:as\s+(?:my|the|our|a|her|his)\s+(?:new\s+)?(?:" + EnglishPasswordWord + @"|pw|passcode)(?![a-z])(?!\s*(?:manager|app|vault|hint|field|box|reset|policy|generator)))",
        RegexOptions.CultureInvariant)]
    private static partial Regex TypedBeforeTheVerb();

    [GeneratedRegex(
        @"(?<![a-z])not\s+(?<first>[!-~]{4,}?)[,.;]?\s+(?:it'?s|but|it\s+is)\s+(?<second>[!-~]{4,})"
        + @"|(?<![a-z])(?:it'?s|it\s+is|should\s+be|i\s+meant?)\s+(?<first>[!-~]{4,}?)[,.;]?\s+(?:not|instead\s+of)\s+(?<second>[!-~]{4,})"
        + @"|(?<![!-~])(?<first>[!-~]{4,40}?)\s*(?:じゃなくて|ではなくて|ではなく|じゃなく)\s*[、,]?\s*(?<second>[!-~]{4,40})(?![!-~])"
        + @"|(?:じゃなくて|ではなくて|ではなく)[、,\s]*[「『]?(?<second>[!-~]{4,40}?)[」』]?\s*(?:の方|のほう)"
        + @"|(?<![!-~])(?<first>[!-~]{4,40}?)\s*(?<arrow>→|->|=>|⇒)\s*(?<second>[!-~]{4,40})(?![!-~])"
        + @"|前は\s*[「『""“]?(?<first>[!-~]{4,40}?)[」』""”]?\s*(?:だった|でした|です)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorrectedPair();

    /// <summary>Letters read by their names in kana, as voice input writes them (「えすけーわい」 for SKY): three or more in a row.</summary>
    private static bool SpellsLetters(ReadOnlySpan<char> text) => KanaLetterNames().IsMatch(text);

    [GeneratedRegex(
        @"(?:" + KanaLetterName + @"){3,}")]
    private static partial Regex KanaLetterNames();

    private const string KanaLetterName = SpokenCharacters.HiraganaLetterNames + "|" + SpokenCharacters.KatakanaLetterNames;

    private static ReadOnlySpan<char> DigitCharacters => "0123456789〇零一二三四五六七八九";

    [GeneratedRegex(
        @"(?:パスワード|ぱすわーど|バスワード|ばすわーど|パス|(?:暗[証唱]番号|あんしょうばんごう)|(?:入れた|打った|入力した|使ってる|使ってた)の(?=\s*(?:は\s*)?[ぁ-ゖァ-ヺー]{2,}[0-9]))\s*(?:は|わ|:|→|(?=[ぁ-ゖァ-ヺー]{2,}[0-9]))[、,\s]*(?<value>[ぁ-ゖァ-ヺー〇一-龯々0-9a-zA-Z、・]{3,32}?)[、,\s]*(?=です(?!か)|でした|だと|だった|って|と(?:入|打)|で(?:す(?!か)|し|入|登録|ログイン)|。|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex JapaneseValue();

    // How the value is written, said beside it (「ぜんぶひらがなで」「カタカナです」「ローマ字で」): a word in kana is then the password itself,
    // or what is typed in romaji.
    [GeneratedRegex(@"(?:ぜんぶ|全部|すべて|全て|オール)?(?:ひらがな|平仮名|カタカナ|片仮名|ローマ字|ろーまじ)(?:で|です|だけ|のみ|にして)", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptNamed();

    // The same, or that it is digits only (「全部数字で、ゼロ・ハチ…」), said before the value: not part of it, and for digits
    // not enough alone to make a kana word the value.
    [GeneratedRegex(@"(?:ぜんぶ|全部|すべて|全て|オール)?(?:ひらがな|平仮名|カタカナ|片仮名|ローマ字|ろーまじ|数字)(?:(?:だけ|のみ)(?:で|にして)?|で|です|にして)", RegexOptions.CultureInvariant)]
    private static partial Regex HowWritten();

    // A number with a counter, in kanji or kana: a count or a rule, not a value (8文字, 3回, 3かいめ, 2つ, 6桁).
    [GeneratedRegex(@"[0-9〇一二三四五六七八九十]+\s*(?:文字|回|つ|個|桁|日|ヶ月|か月|年|時|分|人|度|かい|こ(?![ぁ-ゖ])|もじ|けた|にち|ねん|じかん|ふん|ぷん|にん|ど(?![ぁ-ゖ]))")]
    private static partial Regex Count();

    private const int MinVariantPrefix = 5;

    private static ReadOnlySpan<char> InnerMarks => "_!#$%&*@";

    // 「X か Y」"X or Y"; 「X Y のどっちか」: two candidates and which one it is.
    [GeneratedRegex(@"(?<![!-~])(?<first>[!-~]{4,})[」』]?(?:\s*(?:か|とか|または|もしくは)\s*|\s+or\s+)[「『]?(?<second>[!-~]{4,})(?![!-~])|(?<![!-~])(?<first>[!-~]{4,})[、,]?\s+(?<second>[!-~]{4,})\s*の?(?:どっちか|どちらか|どっち|どちら|どれか)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlternativePair();

    // Quotes after a password word (a few words may stand between), or quotes before a verb of setting or typing.
    [GeneratedRegex(
        @"(?:パスワード|パスフレーズ|パス|ぱすわーど|合言葉|あいことば|アイコトバ|(?:暗[証唱]番号|あんしょうばんごう)|" + EnglishPasswordWord + @"|pass\s?phrase)(?<gap>(?:は|を|が|の|って|:|=)?[^「『""“”」』。\n]{0,12}?)[「『""“](?<value>[^「」『』“”""\n]{2,40})[」』""”]"
        + @"|[「『""“](?<value>[^「」『』“”""\n]{2,40})[」』""”]\s*(?:に|で|と|って)(?:して|した|しま|しよ|変更|設定|登録|入れ|入力|打)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotedPhrase();

    [GeneratedRegex(@"(?<![a-z])(?:incorrect|invalid|wrong|forgot|forgotten|sign|log|password|error|try|please|enter|continue|account|verify|reset|click|required|characters?|must|your|match|problem|there\s+was|cannot|can't|unable|not|need|help|important|message|code|something|anything|safer|stronger|better|support|agent|staff|team|customer|service)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishScreenWords();

    private const int AboutWindow = 24;

    // "The hint for my password is "first school"": a hint, a rule or a question about the password, said before its word.
    [GeneratedRegex(@"(?:hint|question|rule|requirement|example|ヒント|質問|条件|例)\s*(?:for|of|to|の)?\s*(?:my|the|your|a)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutThePasswordBefore();

    // The quotes are what a screen showed: 「…」と出ます, 「…」って表示される, "…" it says.
    [GeneratedRegex(@"^[」』""”]\s*(?:と|って|という|っていう)\s*(?:出|で[るた]|表示|言われ|書いて|なる|なっ|いう|エラー|メッセージ)|^[""”]\s*(?:it\s+)?(?:says|said|shows|appears|pops)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShownAfter();

    // Between the password word and the quotes, words that make the quoted text something said about the password: its hint, rule, field.
    [GeneratedRegex(@"ヒント|質問|条件|ルール|例|形式|欄|画面|表示|エラー|メッセージ|ボタン|リンク|hint|question|rule|example|field|message|button|error|says|said|shows", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutThePasswordWords();

    // What the text of a sign-in screen, a message or a password rule holds.
    [GeneratedRegex(
        @"パスワード|パス|ログイン|サインイン|忘れ|次へ|ボタン|画面|表示|エラー|クリック|押|リンク|こちら|変更|再設定|認証|確認|お客様|アカウント|メール|無効|正し|間違|違|入力|ください|でき|文字|桁|以上|以下|半角|全角|英数|記号|大文字|小文字|登録|設定|ヘルプ|問題|続行|送信|コード|番号|お知らせ|警告|ません|ます|です|場合|方法|必要|セキュリティ|保護|安全|ロック|制限|回数|ました|された|されて|行われ",
        RegexOptions.CultureInvariant)]
    private static partial Regex ScreenWords();

    // A password word: the message is about one (not just about logging in); "pass" run into Japanese (「pass教えるので」) too.
    /// <summary>
    /// A password named, or a password manager or keychain, which holds nothing else. The managers' names are looked for as
    /// plain strings: as letters in the pattern they would make it try every word starting with the same letter.
    /// </summary>
    private static bool NamesPassword(string folded) =>
        PasswordMention().IsMatch(folded) || folded.AsSpan().IndexOfAny(PasswordManagerNames) >= 0;

    private static readonly SearchValues<string> PasswordManagerNames = SearchValues.Create(
        ["keychain", "キーチェーン", "bitwarden", "lastpass", "dashlane", "keepass", "saved login"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(
        @"パスワ|ぱすわ|ﾊﾟｽﾜ|バスワ|ばすわ|パスフレーズ|(?:暗[証唱]番号|あんしょうばんごう)|合言葉|あいことば|アイコトバ|(?<![a-z])(?:" + EnglishPasswordWord + @"|pass\s?phrase|passcode|pwd|pw)(?![a-z])|(?<![a-z])pass(?=[ぁ-ゖァ-ヺ一-龯]|\s[はがを])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordMention();

    // 「入力してるのは X」「打ったのは X」; "I typed X", "I've entered X", "what I type is X".
    [GeneratedRegex(
        @"(?<ja>(?:(?:入力し?|入れ|打ち込ん|打っ|使っ|設定し|登録し)(?:て(?:い)?る|てた|た|ている)?|(?:いつも|普段)?使う|(?:使お|入れよ|入力しよ|打と)うとして(?:い)?る)の(?:は|が|\s*(?:→|:|=>|->)))\s*(?<quoted>[「『""'“‘])?(?<value>[!-~]+)"
        + @"|(?<![a-z])(?:i|i've|i\s+have|i'm|i\s+am|what\s+i)\s+(?:always\s+|also\s+|just\s+)?(?:typed|typing|type|entered|entering|enter|used|using|use|put\s+in|putting\s+in|(?:reset|changed|set|switched|updated)\s+it(?:\s+[a-z]+){0,4}?\s+to)(?:\s+in)?(?:\s+(?:is|was))?\s+(?<quoted>[""'“‘(])?(?<value>[!-~]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TypedValue();

    // A passphrase after its word (or after "the passphrase I use for everything is"), to the end of the clause; or words in quotes
    // called the password or passphrase.
    [GeneratedRegex(
        @"(?<![a-z])pass\s?phrase\s*,\s*[""'“‘](?<value>[^""'”’\n]{4,60})[""'”’]"
        + @"|(?<![a-z])pass\s?phrase(?:\s*(?:is|was|[:=])|[,\s][^:=\n.""']{0,32}?[:=]|\s+(?:(?:that|which)\s+)?(?:i|we|i've|we've|i'd)(?:\s+[a-z']+){1,5}?\s+(?:is|was))\s*[""'“‘]?(?<value>[!-~][^\n""'”’。、,;]{3,60})"
        + @"|(?<![a-z])(?:set|chose|picked|made|created|use|used)\s+(?:a|the|my)\s+(?:new\s+|long\s+)?pass\s?phrase\s*[,:]\s*[""'“‘]?(?<value>[!-~][^\n""'”’。、,;]{3,60}?)(?=\s*[,.;]|\s*$)"
        + @"|(?<![a-z])(?:it'?s|its|it\s+is|it\s+was|mine\s+is|mine'?s|mine\s+was)\s+a\s+(?:long\s+|simple\s+|short\s+)?pass\s?phrase(?:\s*:|\s*,(?:[^\n:]{0,40}:)?)\s*[""'“‘]?(?<value>[!-~][^\n""'”’。、,;.?!]{3,60}?)(?=\s+(?:with|all|no|in|and)\s|\s*[""'”’.,;!?]|$)"
        + @"|[""“「『](?<value>[!-~][!-~ ]{3,60}?)[""”」』][^.!?。\n]{0,40}?\bas\s+(?:my|the|a)\s+(?:new\s+)?(?:" + EnglishPasswordWord + @"|pass\s?phrase|pw)"
        + @"|[""“「『](?<value>[!-~][!-~ ]{3,60}?)[""”」』]\s*(?:を|に|で|と)[^。\n]{0,8}?(?:パスワード|パス)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Passphrase();
}
