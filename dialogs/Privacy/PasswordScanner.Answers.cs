using System.Buffers;
using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// The answer to a secret question, which unlocks an account as a password does: after the answer word
/// (「秘密の質問の答えは「ポチ」」「答えはヤマモトで合ってる」「質問→「桜ヶ丘小」」, "the answer to "first pet" is Mochi",
/// "security question answer is Batangas", "my mother's maiden name is Suzuki"). The value is what stands in quotes, else the
/// first ASCII word, else the first run of katakana or kanji; words that judge the answer ("wrong", 「多分」) are not one.
/// </summary>
internal sealed partial class PasswordScanner
{
    private const int MaxAnswerLength = 30;

    private static readonly SearchValues<string> AnswerWords = SearchValues.Create(
        ["答え", "こたえ", "回答", "質問", "旧姓", "しつもん", "きゅうせい", "コタエ", "シツモン", "キュウセイ", "answer", "maiden", "question", "kotae", "shitsumon"], StringComparison.OrdinalIgnoreCase);

    private void AddSecretAnswers(string folded, List<SensitiveFinding> findings)
    {
        // Most messages name no question or answer; a few searches spare them the patterns. An answer with its question in
        // brackets after it needs no answer word, only a bracket and the question's subject.
        var named = folded.AsSpan().IndexOfAny(AnswerWords) >= 0;
        var asked = folded.AsSpan().IndexOfAny("?？") >= 0;
        var bracketed = folded.Contains('(') && folded.AsSpan().IndexOfAny(QuestionSubjectWords) >= 0;
        var matches = Enumerable.Empty<Match>();
        if (named || asked)
        {
            matches = SecretAnswer().Matches(folded).Concat(AnswerTyped().Matches(folded)).Concat(AnswerAfterItsSentence().Matches(folded));
        }

        if (asked)
        {
            matches = matches.Concat(QuestionAnswered().Matches(folded));
        }

        if (bracketed)
        {
            matches = matches.Concat(AnswerWithItsQuestion().Matches(folded));
        }

        if (folded.AsSpan().IndexOfAny(SubjectToAnswerMarks) >= 0 && folded.AsSpan().IndexOfAny(QuestionSubjectWords) >= 0)
        {
            matches = matches.Concat(AnswerAfterItsSubject().Matches(folded));
        }

        foreach (var match in matches)
        {
            var value = match.Groups["value"];
            var text = value.ValueSpan.Trim();
            // 「旧姓は小林です」 tells a former surname; only a secret question makes it an answer (「母の旧姓」「秘密の質問…旧姓」).
            if (match.Groups["own"].Success && !SecretQuestionNamed().IsMatch(folded))
            {
                continue;
            }

            if ((text.Length < 2 && !IsHangul(text)) || text.Length > MaxAnswerLength || JudgingWord().IsMatch(text) || QuestionSubject().IsMatch(text)
                || (text.IndexOfAnyExceptInRange('!', '~') < 0 && (IsOrdinaryWords(text.ToString().ToLowerInvariant()) || lexicon.IsKnownHarmlessToken(text.ToString()))))
            {
                continue;
            }

            findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, value.Length));
        }
    }

    private static bool IsHangul(ReadOnlySpan<char> text) => text.Length > 0 && text.IndexOfAnyExceptInRange('\uAC00', '\uD7A3') < 0;

    // The answer word and what joins it to the value, then the value: quoted (in single quotes too: "kotae wa 'pochi' desu"), an ASCII
    // word, or a katakana or kanji run.
    [GeneratedRegex(
        @"(?:秘密の質問|ひみつのしつもん|きゅうせい|セキュリティ質問|質問の?答え|質問(?=\s*(?:→|:))|答え|こたえ|回答|(?<own>旧姓)|(?<![a-z])(?:himitsu\s+no\s+shitsumon(?:\s+no\s+kotae)?|shitsumon\s+no\s+kotae|kotae)(?![a-z])|(?<![a-z])(?:(?:first\s+)?pet'?s?\s+name(?=\?))|(?<![a-z])(?:answer(?:\s+(?:i|we)\s+(?:set|used|chose|picked|gave|put(?:\s+in)?))?|maiden\s+name(?:\s+question)?|(?:security|secret)\s+question)(?:\s+(?:to|for)\s+(?:""[^""\n]{1,60}""|[a-z' ]{1,40}?))?(?:\s*,\s*[a-z' ]{1,30}?(?=\s*,))?)"
        + @"(?:[」』""”])?(?:\s*\([^)]{1,40}\))?\s*(?:(?:は|が|なら)[、,]?|で(?=\s*[「『""“])|→|=|:|、|\s(?:is|was|=|:)|\s(?:should|must|would|might)\s+be(?=\s)|\s+wa(?=\s)|,?\s*(?:it'?s|its|it\s+is|that'?s)(?=\s)|\?(?=\s)|\s[—–](?=\s)|\s(?=[""“]))\s*(?:[、,\s]*[^「『\n。、,]{1,8}の場合(?:は)?[、,\s]*)?(?:(?:多分|たぶん|確か|きっと|probably|maybe|just|simply)\s*)?(?:(?:ひらがな|平仮名|カタカナ|片仮名|漢字|ローマ字|英語|小文字|大文字|半角|全角)で[、,\s]*)?"
        + @"(?!(?:answer|question)(?![a-z]))(?:[「『""“](?<value>[^」』""”\n]{1,30})[」』""”]|'(?<value>[^'\s][^'\n]{0,29})'(?![a-z])|‘(?<value>[^’\n]{1,30})’|(?<value>(?-i:[A-Z][A-Za-z0-9'\-_.]*(?<!\.)(?:\s+[A-Z][A-Za-z0-9'\-_.]*(?<!\.)){1,3})|[A-Za-z0-9][A-Za-z0-9'\-_.]*[A-Za-z0-9])|(?<value>[ァ-ヺー]{2,15})|(?<value>[一-龯々ヶ]{2,10})|(?<value>[ぁ-ゖァ-ヺー]{2,20}?)(?=\s*(?:です|でした|だよ|。|!|！|$))|(?<value>[ぁ-ゖー]{2,10}?)(?=で|です|と(?:[言いゆ答こた入書かし登設打]|\s|$)|って|に|、|。|\(|\s|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretAnswer();

    // "Security question was 'make of first car' and I put Corolla", "the pet question — I answered "biscuit"", "… He says
    // Higashiyama": the answer told as what was typed or what the one who set it says, in the next sentence too.
    [GeneratedRegex(
        @"(?:(?:security|secret)\s+question|maiden\s+name|(?:first\s+)?pet'?s?\s+name|(?<![a-z])(?:pet|school|street|car|teacher|city|town|friend|nickname|hospital)\s+question)[^!?\n]{0,80}?(?<![a-z])(?:(?:i|he|she|they|we|mom|mum|dad|my\s+[a-z]+)\s+(?:put|typed|entered|wrote|answered|used|set|says|said|thinks|remembers|swears)(?:\s+(?:it'?s|its|it\s+is|it\s+was|that\s+it'?s|it\s+as|with))?|answered\s+(?:with|it\s+as)|my\s+answer\s+(?:is|was))\s+[""'“‘]?(?<value>[A-Za-z0-9][A-Za-z0-9'\-_.]*(?<!['.]))"
        // The question named, asked of them, then the answer as typed, the question in quotes or not (「父の旧姓を聞かれたので、タナカと
        // 入力しました」「好きな先生は？って聞かれたから、ヤマダって答えた」).
        + @"|(?:質問|しつもん|旧姓|ペット|小学校|中学校|高校|出身|親友|恩師|ニックネーム|好きな[^\s、。「」]{1,6})[^。\n「」]{0,12}?(?:[?？]\s*)?(?:って|と|を)\s*(?:聞かれ|きかれ)[^。\n\d]{0,8}?[、,\s]*(?<value>[ァ-ヺー]{2,15}|[一-龯々ヶ]{2,10}|[ぁ-ゖー]{2,10}?|[A-Za-z][A-Za-z0-9'\-_.]*)\s*(?:と|って)\s*(?:入れ|入力|答え|回答|書|打)"
        // The answer word, who says so, then the quoted answer (「秘密の質問の答えは、祖母によると「はなこ」らしいです」).
        + @"|(?:答え|こたえ|回答)(?:は|が)[、,\s]*[^「『\n。]{1,15}?[「『](?<value>[^」』\n]{1,20})[」』]\s*(?=だそう|らしい|です|でした|とのこと|だって|って|と|みたい|かも|。|$)"
        + @"|(?:秘密の質問|ひみつのしつもん)[^。\n]{0,40}?[「『]?(?<value>[^「」『』\s、。→]{2,20}?)[」』]?\s*(?:と|って|で)(?:入れ|入力|答え|登録)"
        + @"|(?:質問|しつもん|聞かれ|きかれ)[^。\n]{0,40}?[「『](?<value>[^「」『』\n]{2,20}?)[」』]\s*(?:と|って)(?:答え|回答|入れ|入力)"
        // The question quoted as asked, then the answer as typed (「「母親の旧姓は？」って聞かれたんで ワタナベ って入れました」).
        + @"|[「『][^」』\n]{0,30}?(?:旧姓|ペット|名前|小学校|中学校|高校|出身|生まれ|親友|恩師|ニックネーム|好きな)[^」』\n]{0,20}[」』]\s*(?:って|と|が)\s*(?:聞かれ|きかれ|出)[^。\n\d]{0,8}?[、,\s]*(?<value>[ァ-ヺー]{2,15}|[一-龯々ヶ]{2,10}|[ぁ-ゖー]{2,10}?|[A-Za-z][A-Za-z0-9'\-_.]*)\s*(?:と|って)\s*(?:入れ|入力|答え|回答|書|打)"
        // The question's subject, then the quoted answer (「ペットの名前なら「ちくわ」」「旧姓は「たかはし」」), or the answer word and the
        // value with only a space between (「質問の答え ポチ で通りました」).
        + @"|(?:(?<!(?:届け先|宛先|宛名|送り先|受取人|受け取り人|注文者)の)名前|なまえ|ペット|旧姓|きゅうせい|小学校|中学校|高校|出身地?|生まれ|親友|恩師|ニックネーム|(?<![a-z])(?:pet|school|maiden\s+name|city|street|teacher|nickname))\s*(?:(?:やろ|じゃろ|だろ|でしょう?|ですね|だね)[、,]?|なら|は|が|って|→|:|=|\s(?:is|was))\s*(?:[「『""“](?<value>[^」』""”\n]{1,30})[」』""”]|['‘](?<value>[^'’\n]{1,30})['’])"
        + @"|(?:答え|こたえ|質問|しつもん)[^\n]{0,60}?[」』]\s*(?:は|が|→)\s*(?:(?:たぶん|多分|確か|きっと)\s*)?(?<value>[ァ-ヺーぁ-ゖ]{2,15}?|[一-龯々ヶ]{2,10}?|[ァ-ヺーぁ-ゖ一-龯々ヶ]{2,15}?)\s*(?=です|でした|。|って|と(?:書|入|答)|\(|$)"
        // The question's subject asked back, then the answer (「ペットの名前じゃろ？ポチ丸じゃ」「旧姓ですか？サトウです」).
        + @"|(?:ペット|犬|猫|旧姓|小学校|中学校|高校|出身地?|親友|恩師|ニックネーム)[^。\n？?]{0,10}?(?:じゃろ|やろ|だろ|でしょう?|ですよね|だよね|ですか|かな)?[?？]\s*(?<value>[ァ-ヺー]{2,15}|[一-龯々ヶ]{2,10}|[ァ-ヺー一-龯々ヶ]{2,10}|[ぁ-ゖー]{2,10}?)\s*(?=です|でした|だよ|じゃ|や|さ|よ|。|$)"
        // The question's subject and 「質問」 confirmed, then the answer (「ペットの名前の質問ですよね。コタロウです」).
        + @"|(?:ペット|犬|猫|旧姓|小学校|中学校|高校|出身地?|生まれ|親友|恩師|ニックネーム)[^。\n]{0,8}?質問(?:ですよね|ですね|だよね|ね|ですか)?[。、,?？!！]\s*(?<value>[ァ-ヺー]{2,15}|[一-龯々ヶ]{2,10}|[ぁ-ゖー]{2,10}?)\s*(?=です|でした|だよ|。|$)"
        // The question's subject told without quotes after the secret question is named, then the answer (「秘密の質問…ペットの名前これは
        // ポチです」「質問は旧姓で、それは タカハシ」).
        + @"|(?:秘密の質問|ひみつのしつもん|質問)[^。\n]{0,40}?(?:ペット|犬|猫|旧姓|小学校|中学校|高校|出身地?|生まれ|親友|恩師|ニックネーム)[^。\n]{0,8}?(?:これは|それは|答えは|なら|→)\s*(?<value>[ァ-ヺー]{2,15}|[一-龯々ヶ]{2,10}|[ぁ-ゖー]{2,10}?)\s*(?=です|でした|だよ|やで|やね|やん|じゃ|って|と(?:書|入|答)|。|、|!|\p{So}|\p{Cs}|$)"
        // The quoted answer next to the words for it, before or after (「「ぽちたろう」です。秘密の質問の答え」「秘密の質問の答え書いていい？「ぽち」です」
        // 「秘密の質問の答え → 飼い犬の名前「まめ」です」).
        + @"|[「『](?<value>[^」』\n]{2,20})[」』]\s*(?:です|でした)?[。、,\s]*(?:秘密の質問|ひみつのしつもん|質問)の(?:答え|こたえ)"
        + @"|(?:秘密の質問|ひみつのしつもん|質問)の(?:答え|こたえ)[^「『\n]{0,24}[「『](?<value>[^」』\n]{2,20})[」』]\s*(?:\([^)\n]{1,20}\)\s*)?(?=です|でした|。|$|(?:って|と)\s*(?:書い|メモ))"
        + @"|(?<![a-z])(?:answer|question)[^:\n]{0,60}:\s*[""'“]?(?<value>(?-i:[A-Z][A-Za-z'.\-]*(?:\s+(?:[A-Z][A-Za-z'.\-]*|\d{1,4})){0,3}))"
        // A question and its answer pasted as the form shows them (「Q: 秘密の質問の答えを入力してください A: はなこ」).
        + @"|(?:秘密の質問|ひみつのしつもん|質問|(?:security|secret)\s+question|(?<![A-Za-z])Q\s*[:：])(?:[^\n]|\n(?!\n)){0,80}?(?<![A-Za-z])A\s*[:：]\s*[「『""“]?(?<value>[ァ-ヺー]{2,15}|[一-龯々ヶ]{2,10}|[ぁ-ゖー]{2,10}|[A-Za-z][A-Za-z0-9'\-_.]*)"
        // The answer word or the question, its subject told, then the value after '=' or an arrow ("answer: my first pet = Bantay",
        // "security question: first car → Corolla", "secret question first school -> Hillcrest").
        + @"|(?<![a-z])(?:(?:answer|答え|(?:security|secret)\s+question|秘密の質問)\s*[:：]\s*|(?:(?:security|secret)\s+question|秘密の質問)\s+)[^=→⇒\n]{1,30}?\s*(?:=>?|→|⇒|->)\s*[""'“「]?(?<value>[A-Za-z][A-Za-z0-9'\-_.]*|[ァ-ヺー]{2,15}|[一-龯々ヶ]{2,10}|[ぁ-ゖー]{2,10})"
        // The question and its answer in katakana only, as an old phone or a half-width keyboard types them, particles too
        // (「ﾋﾐﾂﾉｼﾂﾓﾝ ﾊﾊｵﾔﾉｷｭｳｾｲ ｺﾀｴ ｽｽﾞｷ」「シツモンノコタエハタナカデス」; spaces between kana are gone from the folded text).
        + @"|(?:シツモン|キュウセイ)[ァ-ヺー]{0,24}?コタエ\s*(?:ハ|ワ|ガ|[:：=→])?\s*(?<value>[ァ-ヺー]{2,15}?)(?=\s*(?:デス|デシタ|ダヨ|[。.!！、,]|\s|$))"
        // An answer in Hangul, which a one-syllable surname may be (「旧姓の答えは 박 で登録」).
        + @"|(?:答え|こたえ|旧姓|answer)(?:は|が|:|：|\s(?:is|was))\s*(?<value>[\uAC00-\uD7A3]{1,10})(?![\uAC00-\uD7A3])"
        + @"|(?:質問|しつもん|question)[^。\n]{0,10}?(?:答え|回答)\s*(?:[「『""“](?<value>[^」』""”\n]{1,30})[」』""”]|(?<value>[ァ-ヺー]{2,15}|[一-龯々ヶ]{2,10}))\s*(?=で|です|と|って|に|、|。|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerTyped();

    // The answer alone after the sentence that names it (「秘密の質問の答え、前の住所の町名にしてたかもです。ひばりが丘」): a word with a kanji or
    // katakana in it and no verb's ending, ending the message.
    [GeneratedRegex(@"(?:秘密の質問|ひみつのしつもん|質問の答え)[^\n]{0,60}?[。\n]\s*(?<value>(?=[^\n。]*[一-龯々ヶァ-ヺ])[ぁ-ゖァ-ヺー一-龯々ヶ]{2,12}(?<![たっだいすうねよかなわずぞ]))\s*[。.!！]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerAfterItsSentence();

    // The question chosen, not its answer (「秘密の質問は「母親の旧姓」にしてた」"my question is 'first pet's name'").
    [GeneratedRegex(@"^(?:(?:母親|母|父親|父|祖母|祖父|最初|初めて|はじめて|好きな|出身|生まれた|初恋)[^」』]{0,12}|[^」』]{0,12}の(?:旧姓|名前|なまえ))$|^(?:(?:mother'?s|father'?s|first|favou?rite|childhood)\s.*|.*(?<![a-z])(?:maiden\s+name|pet'?s?\s+name))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionSubject();

    private static readonly SearchValues<char> SubjectToAnswerMarks = SearchValues.Create("→⇒>:：=");

    private static readonly SearchValues<string> QuestionSubjectWords = SearchValues.Create(
        ["ペット", "犬の", "猫の", "いぬの", "ねこの", "旧姓", "小学校", "中学校", "出身", "生まれ", "親友", "恩師", "ニックネーム", "pet", "maiden", "school", "born", "nickname", "teacher", "friend"],
        StringComparison.OrdinalIgnoreCase);

    // An answer with its question in brackets after it (「はなこ（最初のペットの名前）」"Mochi (first pet's name)").
    [GeneratedRegex(
        @"(?:(?<![ァ-ヺー])(?<value>[ァ-ヺー]{2,15})|(?<![一-龯々ヶ])(?<value>[一-龯々ヶ]{2,10})|(?<![ぁ-ゖー一-龯々ヶァ-ヺ])(?<value>[ぁ-ゖー]{2,10})|(?<![A-Za-z])(?<value>(?-i:[A-Z][A-Za-z'\-]*)))(?=\s*\()\s*\((?:最初|初めて|はじめて|first|my|mother's|mom's)?[^)\n]{0,12}?(?:ペット|旧姓|小学校|中学校|出身|生まれ|親友|恩師|ニックネーム|(?<![a-z])(?:pet|maiden|school|born|nickname|teacher|best\s+friend))[^)\n]{0,12}\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerWithItsQuestion();

    // The question's subject alone, then an arrow or a colon and the answer, as a note or a form keeps them (「最初に飼ったペットの名前→ぽんた」
    // 「ペットの名前: チョコ」「出身小学校→桜ヶ丘小」"first pet's name -> Biscuit"). A pet's or a friend's name told so is the answer; a
    // school only after an arrow, since 「小学校: …」 may be a form's field. A surname or a nickname alone is a profile's field.
    [GeneratedRegex(
        @"(?:(?:ペット|犬|猫|いぬ|ねこ|親友|恩師)の(?:名前|なまえ)\s*(?:→|⇒|->|=>?|[:：])|(?:小学校|中学校)(?:の名前)?\s*(?:→|⇒|->|=>?)|(?<![a-z])(?:first\s+)?pet'?s?\s+name\s*(?:→|⇒|->|=>?|:))"
        + @"\s*[「『""“]?(?<value>[ァ-ヺー]{2,15}|[一-龯々ヶ]{2,10}|[ァ-ヺー一-龯々ヶ]{2,12}|[ぁ-ゖー]{2,10}?|[A-Za-z][A-Za-z0-9'\-_.]*[A-Za-z0-9])[」』""”]?(?=\s*(?:です|でした|だよ|って|と|[」』]|。|、|,|\.|!|！|\s|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerAfterItsSubject();

    [GeneratedRegex(@"質問|しつもん|秘密|ひみつ|母|お母|父|祖母|question|secret|mother|mom|mum", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretQuestionNamed();

    // Words that judge or describe the answer rather than give it, in Japanese, English or romaji (wakaranai, wasureta, tabun), and
    // the first word of a question's subject ("Security question: first car").
    // A security question as the sign-in page asks it, then the answer and nothing after ("What city were you born in? Sapporo",
    // 「初めて飼ったペットの名前は？ ポチ」).
    [GeneratedRegex(
        @"(?<![a-z])(?:what|which|who|where)\b[^?\n]{0,60}?\b(?:born|pet|school|maiden|street|car|teacher|friend|city|town|hospital|nickname|food|team|hero)\b[^?\n]{0,30}\?\s*[""'“]?(?<value>(?-i:[A-Z][A-Za-z'\-]*(?:\s+[A-Z][A-Za-z'\-]*){0,2}))[""'”]?\s*[.!]?\s*$"
        + @"|(?:生まれ|出身|ペット|旧姓|小学校|中学校|初恋|好きな食べ物|親友|恩師)[^?？\n]{0,20}[?？]\s*[「『]?(?<value>[ァ-ヺー]{2,15}|[一-龯々ヶ]{2,10}|[ぁ-ゖー]{2,10}|(?-i:[A-Z][A-Za-z'\-]*))[」』]?\s*(?:です|でした)?[。.!！]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionAnswered();

    [GeneratedRegex(@"^(?:多分|確か|正解|間違|不明|本当|絶対|漢字|平仮名|片仮名|英語|名前|質問|同じ|全部|忘れ|わすれ|えー|ええと|えっと|うーん|うー|んー|あー|なんだ|何だ|なんで|何で|なに|何|どれ|どっち|思い出せ|おもいだせ|分か[らりん]|わか[らりん]|知ら|しら|覚え|おぼえ|正し|入力|大文字|小文字|半角|全角|ローマ字|カタカナ|ひらがな)|^(?:はい|いいえ|うん|ううん)$|^(?:パスワード|パス|暗証|ヒント|答え|回答)|^(?:case|correct|wrong|right|same|different|definitely|one|two|three|yes|no|yes\.|password|passcode|answer|hint|not|sure|unsure|idk|dunno|maybe|none|nothing|what|which|why|how|i|it|the|a|an|first|favou?rite|childhood|maiden|pet|school|street|city|teacher)$|^(?:wakaranai|wakarimasen|wakannai|wakaran|wasureta|wasuremashita|wasurechatta|oboetenai|oboetemasen|shiranai|shirimasen|tabun|chigau|chigaimasu|nani|nandarou|desu|hai|iie)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JudgingWord();
}
