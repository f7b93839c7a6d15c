using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Values a person quotes that are not theirs: an example or a placeholder (「例：09012345678」, "name@example.com as
/// placeholder", "'Password123' as an example of a weak password"), and the address or number a mail or call came from
/// ("phishing mail came from x@y.xyz", 「差出人が x@y.com の」, 「050-… から電話がかかってきた」). Read from the words around the value.
/// </summary>
internal static partial class QuotedValueContext
{
    private const int Window = 64;
    private const int NetworkWindow = 128;
    private const int RecordWindow = 160;

    public static bool IsNotTheirs(string folded, SensitiveFinding finding)
    {
        if (Placeholder().IsMatch(folded.AsSpan(finding.Start, finding.Length)))
        {
            return true;
        }

        var before = folded.AsSpan(Math.Max(0, finding.Start - Window), Math.Min(finding.Start, Window));
        var after = folded.AsSpan(finding.End, Math.Min(folded.Length - finding.End, Window));
        if ((ExampleBefore().IsMatch(before) || TestValueBefore().IsMatch(before) || ExampleAfter().IsMatch(after)) && !TakenBackAsTheRealOne().IsMatch(after))
        {
            return true;
        }

        if (finding.Kind == SensitiveKind.SecurityCode)
        {
            return SenderCodeBefore().IsMatch(before) || IsDummyCode(folded.AsSpan(finding.Start, finding.Length))
                || WebAddressBefore().IsMatch(before);
        }

        // The address or number an attacker changed *from* (「メアドを X から知らないのに変えられました」) is the person's own.
        if (finding.Kind is SensitiveKind.EmailAddress or SensitiveKind.PhoneNumber && ChangedFromAfter().IsMatch(after))
        {
            return false;
        }

        if (finding.Kind == SensitiveKind.Password)
        {
            // A network's name and its password may take a long sentence to tell.
            var sentence = folded.AsSpan(Math.Max(0, finding.Start - NetworkWindow), Math.Min(finding.Start, NetworkWindow));
            return NetworkNameBefore().IsMatch(before)
                || ((PlacesNetworkPassword().IsMatch(sentence) || StaffTold().IsMatch(before)) && PublicPlace().IsMatch(folded));
        }

        if (finding.Kind is SensitiveKind.PhoneNumber or SensitiveKind.CardNumber && ReferenceLabelBefore().IsMatch(before))
        {
            return true;
        }

        if (finding.Kind == SensitiveKind.PhoneNumber && IsForeign(folded.AsSpan(finding.Start, finding.Length)) && ForeignNumberFoundAfter().IsMatch(after)
            && !FamilyBefore().IsMatch(before))
        {
            return true;
        }

        if (finding.Kind is SensitiveKind.EmailAddress or SensitiveKind.PhoneNumber && (DisownedBefore().IsMatch(before)
            || (CompanyLineBefore().IsMatch(before) && !SignedInWithAfter().IsMatch(after))
            || DisownedRecordBefore().IsMatch(folded.AsSpan(Math.Max(0, finding.Start - RecordWindow), Math.Min(finding.Start, RecordWindow)))))
        {
            return true;
        }

        if (finding.Kind == SensitiveKind.EmailAddress && (ReportedToAfter().IsMatch(after) || ReportedToBefore().IsMatch(before))
            && !FamilyBefore().IsMatch(before) && !OwnBefore().IsMatch(before))
        {
            return true;
        }

        return finding.Kind is SensitiveKind.EmailAddress or SensitiveKind.PhoneNumber
            && (((DisownedAfter().IsMatch(after) || ChangedToAfter().IsMatch(after)) && !FamilyBefore().IsMatch(before) && !OwnBefore().IsMatch(before))
                || (TheirsBefore().IsMatch(before) && !FamilyWord().IsMatch(folded))
                || ((SourceBefore().IsMatch(before) || SourceAfter().IsMatch(after)) && !OwnBefore().IsMatch(before)));
    }

    /// <summary>
    /// Six digits or more all the same (000000, 999999): what a fake message or a form's example shows, never a code a service sends.
    /// A PIN of four (0000) is a person's own, weak as it is, and stays; so does 123456, which people type for a code they were sent.
    /// </summary>
    private static bool IsDummyCode(ReadOnlySpan<char> code)
    {
        var first = code.IndexOfAnyInRange('0', '9');
        if (first < 0 || Token.CountDigits(code) < MinDummyCodeDigits)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (char.IsAsciiDigit(c) && c != code[first])
            {
                return false;
            }
        }

        return true;
    }

    private const int MinDummyCodeDigits = 6;

    private static bool IsForeign(ReadOnlySpan<char> number) =>
        number.TrimStart().StartsWith('+') && !number.TrimStart()[1..].TrimStart().StartsWith("81", StringComparison.Ordinal);

    // A foreign number found in a Japanese account (「+44 7700 … っていうイギリスの番号が入ってました」"… a UK number, I've never been to the
    // UK"): an attacker's, put there after a takeover.
    [GeneratedRegex(
        @"^\s*[」』""')]?\s*(?:って|という|っていう|との)?\s*(?:イギリス|アメリカ|米国|英国|中国|韓国|台湾|香港|フィリピン|ベトナム|タイ|インド|インドネシア|ロシア|ナイジェリア|海外|外国)の(?:携帯|電話)?番号(?:が|も)?\s*(?:入って|登録され|追加され|設定され|書かれ|載って)"
        + @"|^[^.\n]{0,40}?(?<![a-z])(?:i'?ve|i\s+have|we'?ve)\s+never\s+(?:been|lived)\s+(?:to|in)(?![a-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignNumberFoundAfter();

    // The Wi-Fi password of a hotel, a café or an airport, printed for every guest: 「ホテルのWi-Fiパスワードは room1203」「店内Wi-Fi「CAFE_5G」の
    // パスワードは壁に貼ってある …」"hotel wifi is X, the password on the card from the front desk is …"; not when the person's own
    // account comes between ("the wifi is fine but my password is …").
    [GeneratedRegex(@"(?:wi-?fi|ワイファイ|ssid)\s*(?:[「『""'][^」』""'\n]{1,32}[」』""']\s*)?(?:(?!my\s|私の|自分の|amazon|アマゾン|account|アカウント)[^。.\n]){0,40}?(?:パスワード|パス|password|pw|key|キー)(?:(?!my\s|私の|自分の|amazon|アマゾン|account|アカウント)[^。\n]){0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlacesNetworkPassword();

    // A network's name (「Wi-Fi「Home_5G」」"the wifi is HotelSunroute_Guest", "SSID: …"): what the network is called, no one's secret.
    [GeneratedRegex(@"(?:wi-?fi|ワイファイ|ssid|network)\s*(?:名|の名前|\s+name)?(?:\s+(?:in|at|of)\s+[^.\n\d]{1,24}?)?\s*(?:は|is|was|:|：|=)?\s*[「『""']?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NetworkNameBefore();

    // A password a place's staff gave out (「受付で聞いたら「guest」だって」"the front desk told me it's …"): the place's, for every guest.
    [GeneratedRegex(@"(?:受付|フロント|スタッフ|店員|係の人|(?<![a-z])(?:front\s+desk|reception|staff))[^。\n]{0,12}?(?:聞いたら|聞いた|教えてもらった|教えてくれた|言われた|told\s+me|gave\s+me|said)[^。\n]{0,8}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StaffTold();

    [GeneratedRegex(@"hotel|ホテル|旅館|民宿|カフェ|喫茶|cafe|café|coffee|airport|空港|lobby|ロビー|guest|ゲスト|airbnb|民泊|library|図書館|station|駅|free\s+wi-?fi|フリーwi-?fi|店|館内|ネカフェ|漫画喫茶|マンガ喫茶|(?<![a-z])(?:shop|store|restaurant)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublicPlace();

    // A number labelled as a reference grouped like a phone number (「レシート番号 0427-118-3305」"order no. 0312-555-0199", a car part's
    // "part number 04465-…", 「品番」) or long enough to
    // pass for a card (「お問い合わせ番号は 20240518-00371」): a receipt's, an order's or a ticket's number, not a line or a card.
    [GeneratedRegex(
        @"(?:(?:会社法人等|法人|登記|事業者登録|レシート|受付|注文|伝票|問い?合わせ|管理|会員|シリアル|製造|追跡|予約|整理|申込|申し込み|契約|請求|取引|承認|領収書?|お客様|顧客|品|型|チケット|ケース|返品|部品|パーツ)(?:番号|No\.?|ID|コード)|品番|部番|型式)\s*(?:は|が|:|：|=|#)?\s*[「『(]?\s*$"
        + @"|(?<![a-z])(?:receipt|order|tracking|serial|ticket|case|invoice|confirmation|booking|reservation|reference|ref|membership|member|customer|transaction|rma|part|item|product|catalog(?:ue)?|lot)\s*(?:no\.?|number|#|id)\s*(?:is|was|:|=|#)?\s*$"
        + @"|(?<![a-z])(?:ean|upc|jan|isbn|gtin)(?:-?1[03])?(?:\s*code)?\s*(?:is|:|=|#)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceLabelBefore();

    // A record labelled as not theirs at its head, with its name, address and number after («new ship-to (NOT me): John Park, …, TEL
    // 06-…», 「追加された住所（私じゃない）: … 電話 06-…」).
    [GeneratedRegex(@"[(（]\s*(?:not\s+(?:me|mine|ours|us)|(?:私|自分|僕|俺|うち)(?:の)?(?:じゃ|では)(?:ない|ありません)|知らない人)\s*[)）]\s*[:：]?[^\n(（]{0,140}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisownedRecordBefore();

    // Said not to be theirs before it: 「私のじゃないアドレス」"an address that isn't mine", "not my number:".
    [GeneratedRegex(
        @"(?:私|自分|僕|俺|うち|わたし)の(?:もの)?(?:じゃ|では)(?:ない|ありません)(?:メールアドレス|アドレス|メアド|メール|番号|電話番号|電話)\s*(?:から|は|が|:|：)?\s*[「『""'(]?\s*$"
        + @"|(?<![a-z])(?:i'?ve|i\s+have|we'?ve)\s+never\s+(?:seen|used|had|heard\s+of)\s*[""'(]?\s*$"
        + @"|(?<![a-z])(?:(?:not|isn't|is\s+not)\s+my|someone\s+else'?s)\s+(?:e-?mail\s+)?(?:address|number|phone|e-?mail)\s*(?:is|was|:)?\s*[""'(]?\s*$"
        + @"|(?<![a-z])(?:address|number|e-?mail)\s+(?:that|which)\s+(?:isn't|is\s+not|wasn't)\s+mine\s*[,:]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisownedBefore();

    // A company's main line or shared address, even "ours" (「弊社の代表電話（…）」「代表メールアドレス info@…」"main line +81 3-…",
    // "our helpdesk 03-…"): an organisation's, not the person's own.
    [GeneratedRegex(
        @"(?:代表(?:番号|電話(?:番号)?|メール(?:アドレス)?|アドレス|窓口)|総務(?:部)?の?(?:番号|電話|メール(?:アドレス)?|アドレス)|ヘルプデスク|サポートデスク|コールセンター|(?:共用|共有)の?(?:メール)?(?:アドレス|メアド|番号|電話)|(?:施設|病院|ホーム|苑|園|センター|ホテル|事務所)[^。\n\d]{0,10}?(?:受付|フロント|窓口|事務室|ナースステーション)|(?<![a-z])(?:(?:main\s+(?:line|number|office\s+(?:line|number))|switchboard|help\s*desk|service\s*desk|head\s+office(?:\s+(?:line|number))?|reception(?:\s+(?:line|number))?|front\s+desk|shared\s+(?:inbox|mailbox|address|e-?mail(?:\s+address)?))(?:\s+(?:for|of|at)\s+[^.\n\d]{1,30}?)?))[^。\n\d]{0,6}?\s*(?:は|が|:|：|is|was)?\s*[「『""'(（]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyLineBefore();

    // A shared address the account was made with (「研究室の共有アドレス（…）でアカウント作りました」): the account's own sign-in.
    [GeneratedRegex(@"^\s*[)）」』""']?\s*(?:で|を使って|を)\s*(?:アカウント|登録|ログイン|サインイン|作っ|作り|作成)|^\s*[)""']?\s*(?:is\s+)?(?:what|the\s+one|the\s+address)\s+(?:we|i)\s+(?:sign|log)\s+in\s+with", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignedInWithAfter();

    // Said not to be theirs, which outweighs "my account" before it: 「私のじゃない」"which is NOT me", "not my number".
    [GeneratedRegex(
        @"^[^\n]{0,24}?(?:(?:私|自分|僕|俺|うち)の(?:番号|アドレス|メール|もの)?(?:じゃ|では)(?:ない|ありません)|(?:こんな|そんな)(?:の|アドレス|番号)?(?:は)?(?:知らない|知りません)|見覚えが(?:ない|ありません)|(?:家族の)?(?:誰|だれ)の(?:番号|アドレス|もの)?でもない|(?<![a-z])(?:not|isn't|is\s+not)\s+(?:mine|me|ours)(?![a-z])|(?<![a-z])i\s+(?:don'?t|do\s+not)\s+(?:even\s+)?(?:know|recogni[sz]e)\s+(?:anyone|anybody|this|that|it|who|whose)(?![a-z])|(?<![a-z])(?:never\s+seen|don'?t\s+recogni[sz]e)\s+(?:this|that|it)(?![a-z])|(?<![a-z])(?:that'?s|it'?s|that\s+is|which\s+is)\s+(?:just\s+|only\s+)?(?:their|the\s+(?:store|shop|company|office)'?s?)(?:\s+(?:store|shop|number|line|office|own))?(?![a-z])|(?:それ|これ)(?:は)?(?:お?店|会社|店舗)の(?:番号|電話)|[、,。]\s*(?:ホテル|フロント|お?店|店舗|ショップ|会社|病院|銀行|役所|学校)の(?:代表)?(?:電話)?番号(?:です|でした|だよ|だった)|^\s*(?:に|へ)\s*(?:問い?合わせ|お問い合わせ|聞い|聞け|きい)|^\s*[)）]\s*で(?:買|購入)|(?<![a-z])(?:someone|somebody|the\s+hacker|the\s+attacker|they)\s+(?:changed|set|switched|replaced)\s+it\s+to\s+(?:that|this)(?![a-z]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisownedAfter();

    private const string FamilyWords =
        @"(?:母|父|妻|夫|嫁|旦那|主人|息子|娘|祖母|祖父|家族|両親|親|兄|姉|弟|妹|子供|子ども|義母|義父|おばあちゃん|おじいちゃん|(?<![a-z])(?:mom|mum|mother|dad|father|wife|husband|son|daughter|grandma|grandpa|grandmother|grandfather|sister|brother|parents?|family|kids?|children|grandparents?))";

    // Named as a family member's (「登録の電話は母の携帯で …、私の番号ではないです」"my dad's mobile …, not mine"): the person's family, whose
    // values are as private as their own, so the disclaimer that follows does not make it a stranger's.
    [GeneratedRegex(
        @"(?:" + FamilyWords + @"(?:'s)?)(?:の|\s)[^。.\n]{0,12}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FamilyBefore();

    // Where a phishing mail is reported or forwarded to (「info@antiphishing.jp 宛てに転送」"forwarded it to reportphishing@…"): an
    // organisation's desk, not the person's address.
    [GeneratedRegex(@"^\s*[」』""')]?\s*(?:宛て?|あて)(?:に|で)?\s*(?:も)?(?:転送|報告|通報|送)", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedToAfter();

    [GeneratedRegex(@"(?<![a-z])(?:forward(?:ed|ing)?|report(?:ed|ing)?)\s+(?:it|them|the\s+(?:mail|email|message|sms|text))?\s*to\s*[""'(]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedToBefore();

    // The short number a text message was sent from ("the SMS came from short code 262966", 「送信元: 72483」「送信元が「Amazon」じゃなくて
    // 22395」): the sender, not a code.
    [GeneratedRegex(
        @"(?:(?<![a-z])(?:came|sent|texted|messaged|coming)\s+from|(?<![a-z])short\s*code|(?<![a-z])sender(?:'s)?(?:\s+(?:id|number|name))?(?:\s+(?:was|is|showed|shows|said|says))?|ショートコード|送信元|差出人|発信元|送信者)(?:[がは][^。\n\d]{0,20}?(?:じゃなくて|ではなく(?:て)?)[、,\s]*)?(?:\s*(?:a|the|short\s*code|number|ショートコード|番号|は|が|:|：|,|、))*\s*[「『""']?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SenderCodeBefore();

    // Digits at the end of a web address's path or query (「リンクは yamato-jp.cc/?id=33918 でした」): part of the link, not a code.
    [GeneratedRegex(@"(?<![!-~])(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+/[!-~]*[=/?&]$", RegexOptions.CultureInvariant)]
    private static partial Regex WebAddressBefore();

    // The person says it is theirs: 「うちの店の電話」「弊社の」"our shop's number", "my office"; "my" must own an address, a number or
    // a place ("the mail asking to confirm my identity was from …" is a sender's).
    [GeneratedRegex(@"(?:うち|私|自分|僕|俺|弊社|当店|わたし)の[^。\n]{0,16}$|(?<![a-z])(?:our|my)\s+(?:[a-z'\-]+\s+){0,3}?(?:e-?mail|address|number|phone|mobile|cell|line|landline|office|shop|store|company|work|own|home|house|family|wife's|husband's|mum's|mom's|dad's)(?![a-z])[^.\n]{0,16}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnBefore();

    // What a program, a log or a template puts where a value would be: <redacted>, ${AMZ_PASS}, %PASSWORD%, {{password}}, $DB_PASS,
    // xxxxxxxx.
    [GeneratedRegex(@"^[""']?(?:<[^<>]+>|\$\{[^}]+\}|\$[A-Z_][A-Z0-9_]*|%[A-Za-z_]+%|\{\{[^}]+\}\}|\[redacted[^\]]*\]|x{4,}|X{4,})[""']?$", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(
        @"(?:入力例|記入例|例えば|たとえば|例|e\.g\.|for\s+example|(?<![a-z])(?:just|only)\s+(?:as\s+)?an?\s+example(?![a-z])[^.\n]{0,64}?(?:like|were|was|is|be)|(?<![a-z])(?:kind|sort|type)\s+of\s+[a-z]+\s+(?:that\s+)?looks?\s+like|(?<![a-z])(?:a|an|any)\s+(?:password|pw|passcode|pin)(?:\s+(?:was|is|were|looked|looks))?\s+(?:something\s+)?like|(?<![a-z])(?:if|suppose|say|imagine)\s+(?:it|a\s+password|a\s+pw)\s+(?:were|was|is)\s+(?:something\s+)?like|(?<![a-z])(?:passwords|pws|passcodes|pins)\s+like|(?<![a-z])(?:common|weak|simple|easy|obvious|popular|typical)\s+(?:ones|passwords?|pws?)\s+like|for\s+instance|example|placeholder|プレースホルダー|sample|(?:format|形式)\s*(?:like|such\s+as|は)|such\s+as)(?:\s+(?:in|on|from)\s+(?:the|your|their|this|that)\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s+(?:like|is|was|of))?\s*(?:として|に|は|が|で|の|:|：|,|、)?\s*(?:書いて(?:ある|あった)|載って(?:いる|る))?\s*[「『""'“‘(]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExampleBefore();

    // Also after more values listed with it (「1234とか0000みたいな簡単な」: each one an example), and a value named as one not to use
    // (「「1234」とか誕生日はパスワードに使っちゃダメ」), or one printed in a device's manual for everyone (「ペアリングコードは 0000 って説明書に
    // 書いてあります」).
    [GeneratedRegex(
        @"^[^\n]{0,16}?(?:(?<![a-z])(?:that'?s|it'?s|this\s+is|is)\s+(?:just|only)\s+(?:an?\s+)?(?:example|sample|placeholder|dummy)|^[^\n.!?。]{0,48}?(?<![a-z])(?:was|were|is)\s+(?:just|only)\s+(?:an?\s+)?(?:made[\s\-]up|random|fake|dummy)\s+(?:example|sample|one|password)|^\s*[""'”’]?\s*[?？]?\s*[,、]?\s*(?:just|only)\s+(?:as\s+)?(?:an?\s+)?(?:example|sample)(?![a-z])|^[^.\n]{0,24}?(?:[,、]|\s[—–\-]|—|–)\s*(?:just|only)\s+(?:an?\s+)?(?:example|sample)(?![a-z])|^[^\n]{0,64}?[(][^()\n]{0,20}?(?:just|only)\s+(?:an?\s+)?(?:example|sample)(?![a-z])|(?<![a-z])not\s+(?:the|my)\s+(?:real|actual)\s+(?:one|password|pw|number|code|address)|(?:あくまで|ただの|単なる)(?:例|たとえ)|(?:例えば|たとえば|仮)の話|例え話|たとえ話|(?:本物|実際|本当|ほんとう|ほんと)(?:の(?:もの|パスワード|番号|コード|アドレス|カード))?(?:じゃ|では|とは)(?:ない|ありません|違))|^\s*[」』""'”’)]?\s*(?:って|と|が)\s*(?:取扱|取り扱い)?(?:説明書|マニュアル|取説)(?:に|で|には)(?:書いて|載って|記載|出て)|^\s*[""'”’)]?\s*,?\s*(?:per|according\s+to|from|as\s+(?:printed|written)\s+in)\s+the\s+(?:manual|instructions|user\s+guide|quick\s+start\s+guide)(?![a-z])|^\s*[」』""'”’)]?\s*(?:とか|や|など|なんか)[^。\n]{0,16}?(?:使っちゃ|使っては|使ったら|使うのは|使わない方|にしちゃ|にしては|にするのは|にしたら)[^。\n]{0,6}?(?:ダメ|だめ|駄目|NG|いけない|危ない|危険|よくない|良くない|まずい)|^\s*[」』""'”’)]?\s*(?:(?:とか|や|か|、|,|/|\s+or\s+)\s*[「『""'“]?[!-~]{1,24}?[」』""'”]?\s*){0,3}(?:(?:って|という)[^。\n]{0,12}?(?:入力例|記入例|見本|サンプル)|とか(?:を|は)?\s*(?:使って|使う|使ってる|にして|にしてる|にする)[^。\n]{0,10}?(?:人|みんな|やつ|奴)|as\s+(?:a\s+|an\s+|the\s+)?(?:placeholder|example|sample)|is\s+(?:just\s+)?(?:a\s+|an\s+)?(?:placeholder|example)|(?:って|と)(?:薄く|最初から)(?:書いて|表示|入って)|(?:って|と)(?:例|たとえ|見本)(?:を|として|で)|(?:みたいな|のような)(?:の\s*[」』""'”’]|例|適当|形|書き方|書式|フォーマット|表記|感じ(?!で(?!す)|だった)|簡単|単純|弱い|短い|よくある|ありがち|推測|予測|わかりやすい|分かりやすい|ばれやすい|バレやすい|危ない|危険|パスワード|の(?:は|も)|平仮名|ひらがな|カタカナ|片仮名|漢字|文字|記号|英数字|数字|絵文字)|like\s+that\s+(?:is|are)\s+(?:too\s+)?(?:weak|easy|simple)|(?:(?:be|is|make|makes)\s+)?(?:a|an)\s+(?:weak|strong|good|bad|safe|secure|valid|ok|okay)\s+(?:password|pw|passcode|pin)|(?:って|は)(?:弱い|強い|安全な|危ない|ダメな)パスワード)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExampleAfter();

    // A value a payment service or an API publishes for testing (「Stripeのサンドボックスでは 4242 …」"the public sandbox key from the docs
    // sk_test_…", "the test card 4111 …"): printed for every developer, no one's card or key.
    [GeneratedRegex(
        @"(?:サンドボックス|テスト環境|検証環境|テストモード|テスト用の?(?:カード|キー|番号)|テストカード)(?:の(?:カード|キー|番号))?\s*(?:では|でも|で|の|は|:|：)?\s*[「『""']?\s*$"
        + @"|(?<![a-z])(?:(?:public|published)\s+)?(?:sandbox|test(?:ing)?|demo|dummy)\s+(?:mode\s+)?(?:api\s+)?(?:key|card(?:\s+number)?|token|number)(?:\s+(?:from|in|on)\s+(?:the|their)\s+(?:[a-z]+\s+)?(?:docs|documentation|manual|guide|tutorial|quickstart))?(?:\s+(?:is|was|like|:))?\s*[""'(]?\s*$"
        + @"|(?<![a-z])(?:from|in)\s+(?:the|their)\s+(?:[a-z]+\s+)?(?:docs|documentation|quickstart|tutorial)\s*[,:]?\s*[""'(]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TestValueBefore();

    // A hedge taken back (「… みたいな感じ…いや、みたいなじゃなくてそれそのものです」"something like X, no, not like, exactly that"): the value is
    // the real one after all.
    [GeneratedRegex(
        @"^[^\n]{0,40}?(?:(?:みたいな|ような)(?:じゃ|では)な(?:くて|い)|それ(?:その)?もの|そのもの(?:です|だよ|だ)|(?:じゃ|では)なくて(?:本物|実際|そのまま)|(?<![a-z])(?:not\s+(?:just\s+)?(?:like\s+it|something\s+like|an?\s+example)|(?:that'?s|it'?s|that\s+is)\s+(?:exactly\s+)?(?:the\s+)?(?:actual|real|exact)\s+(?:one|password|thing)|exactly\s+that|literally\s+that))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakenBackAsTheRealOne();

    // A mail's sender or a caller: "came from", "sender:", 「差出人が」「送信元は」「着信」; a place's or an office's line, also as
    // 「国民生活センターの …」 (but 「会社の …」 may be the person's own work address, and stays theirs); what a mail or a card printed
    // (「ハガキに書いてあった …」), a shop's line, the other party's (「相手の電話番号 …」), a caller's claim ("called saying they're amazon:").
    [GeneratedRegex(
        @"(?:(?:mail|message|text|sms|letter|call|email|(?<![a-z])dm|(?<![a-z])pm|direct\s+message)s?(?:\s+[a-z]+){0,2}\s+from(?:\s+[""'“「][^""'”」\n]{1,24}[""'”」])?|(?<![a-z])(?:mail|message|text|sms|letter|call|email)s?(?:\s+[a-z]+){1,8}?\s+(?:was|were|is|came)\s+from|(?:sender|差出人|送信元|発信元|送り主|送信者|発信者)(?:の(?:電話)?番号|の(?:メール)?アドレス|のメアド)?(?:[がは][^。\n\d]{0,20}?(?:じゃなくて|ではなく|ではなくて)[、,\s]*|\s+(?:shows|showed|displays|displayed|appears|appeared|says|said|reads|read)(?:\s+(?:up\s+)?as)?)?|着信|(?:犯人|詐欺師?|業者|スパム|迷惑メール|迷惑電話)の[^。\n]{0,8}?|(?:載って|書いて)(?:た|ある|あった|いた)(?:電話)?番号(?:は|が)?|勝手に(?:変え|変更|登録|追加)(?:られ|され)た(?:メールアドレス|アドレス|番号|電話番号)?(?:は|が)?|(?:店|(?<![部小母])屋さん|量販店|ショップ|会社|病院|ホテル|役所|役場|銀行|センター|郵便局|警察署?|交番|医院|クリニック|薬局|支店|営業所|事務室|事務所|施設|老人ホーム|介護施設|デイサービス|学校|保育園|幼稚園)\s*[（(]?|(?:センター|病院|ホテル|役所|役場|銀行|郵便局|警察署?|交番|医院|クリニック|薬局)の[^。\n\d]{0,8}?\s*[（(]?|(?:出品者|販売者|販売店|出店者|(?<![a-z])(?:seller|vendor|merchant)(?!\s?用)(?:'s)?)[^。\n]{0,8}?|(?<![a-z])(?:seller|vendor|merchant)(?:'s)?\s+(?:[a-z]+\s+){0,2}?(?:e-?mail|address|number|phone|contact)(?:\s+(?:address|number))?(?:\s+(?:is|was))?|(?:電話|連絡|メール|SMS)(?:を)?(?:して|よこして)?きた(?:の|相手|人|番号|電話番号|アドレス)(?:は|が)|(?<![a-z])(?:again|also|and\s+then|then)\s+from|(?<![a-z])(?:rang|rung|phoned|called|texted)(?:\s+(?:me|us|him|her|them))?\s+from|(?:から|より)(?:の)?(?:電話|着信|SMS|メール)(?:が)?(?:あって|あった|あり|ありました|来て|きて|来た|きた|来ました|きました|かかってきた|かかってきました)[。、,\s]*|名乗(?:る|って|った|り)[^。\n]{0,12}?|(?:商事|株式会社|有限会社|\(株\)|商会|商店|工業|産業|問屋|仕入れ?先|取引先|業者)[^。\n]{0,12}?|(?<![a-z])(?:came|comes|coming|was\s+sent|were\s+sent)\s+from|(?<![a-z])(?:that|who|which)\s+(?:called|texted|rang|messaged|phoned|e-?mailed)\s+(?:me|us)(?:\s+(?:was|is|from))?|(?<![a-z])(?:someone|somebody|(?:a|the)\s+(?:guy|man|woman|lady|person|number|caller|stranger))\s+(?:claiming\s+to\s+be\s+[a-z]+\s+)?from|(?<![a-z])(?:someone|somebody|(?:the\s+|a\s+)?(?:scammer|hacker|fraudster|attacker|spammer|stranger|caller)|they)\s+(?:texted|called|rang|messaged|e-?mailed|phoned|sms'?d|contacted)(?:\s+(?:me|us))?\s+from(?:\s+(?:the|a|this|that|number))*(?:\s+(?:was|is))?|(?<![a-z])(?:came|sent|texted|called)\s+(?:me\s+)?from\s+[^\s,]+(?:\s*,\s*|\s+(?:and|&)\s+)(?:(?:a|the|from)\s+)?(?:number|phone|address)?|(?:問い?合わせ|お問い合わせ|相談|サポート|カスタマー|コール)(?:窓口|先|センター|デスク)|窓口|(?:レシート|領収書|(?<![a-z])receipt)(?:に|には|の|で|\s+(?:says|shows|has))?[^。\n\d@]{0,10}?(?:TEL|電話(?:番号)?|℡|(?<![a-z])phone(?:\s+number)?)\s*[:：.]?|[「『""“][^」』""”\n\d]{0,16}?(?:サポート|カスタマー(?:サービス|センター)?|サービスセンター|(?<![a-z])(?:support|customer\s+service|help\s*line))\s*[:：]?|(?<![a-z])(?:customer\s+(?:service|support|care|cent(?:er|re))|help\s*desk|support\s+(?:line|desk|number)|hotline|call\s+cent(?:er|re))(?:'s)?(?:\s+(?:number|phone|line))?(?:\s+(?:is|was|at))?|(?<![a-z])(?:someone|somebody|(?:the\s+)?hacker|(?:the\s+)?attacker|(?:the\s+)?scammer|they)\s+(?:has\s+|had\s+)?(?:added|put|registered|set\s+up)\s+(?:a|an|another|their|his|her|the)?\s*(?:new\s+)?(?:phone\s+number|number|phone|e-?mail(?:\s+address)?|address)(?:\s+(?:of\s+their\s+own|to\s+(?:my|the)\s+account))?\s*[:,]?|(?<![a-z])(?:someone|somebody|(?:the\s+)?hacker|(?:the\s+)?attacker|(?:the\s+)?scammer|they)\s+(?:has\s+|had\s+)?(?:changed|set|added|switched|replaced)(?:\s+(?:it|(?:my|the)\s+(?:e-?mail|address|number|phone)))?\s+(?:to|with)|(?:犯人|誰か|第三者|知らない人)(?:が|に)[^。\n]{0,16}?|(?:知らない|見覚えの?ない|身に覚えのない|不審な|怪しい|犯人の)(?:電話番号|番号|電話|メールアドレス|アドレス|メアド|メール|SMS)?(?:が(?:かかって|来|き|届)(?:き)?(?:た|て|ました)[。、,\s]*)?|(?<![a-z])(?:unknown|unfamiliar|strange|suspicious|someone\s+else'?s|attacker'?s|hacker'?s|scammer'?s)(?:\s+(?:e-?mail|address|number|phone))?|(?<![a-z])(?:scammer|hacker|fraudster|attacker|spammer|caller)'?s\s[^.\n]{0,48}?(?<![a-z])(?:number|phone|address|e-?mail)(?:\s+(?:was|is))?|(?<![a-z])(?:supplier|vendor|dealer|wholesaler|shop|store|firm|clinic|salon|garage)'?s\s+(?:office|shop|store|main)?\s*(?:number|phone|line|office)?(?:\s+(?:is|was))?|(?<![a-z])the\s+(?:shop|store|hotel|restaurant|clinic|company|bank|seller|agency|dealer|salon|garage|lawyer|solicitor|attorney|hospital|care\s+home|nursing\s+home|hospice|funeral\s+home|social\s+worker|landlord)(?![a-z])[^.\n\d]{0,48}?\s(?:is|was|at)|(?<![a-z])(?:law\s+(?:office|firm)|funeral\s+home|care\s+home|nursing\s+home|hospice|clinic|hospital|pharmacy)(?![a-z])[^.\n\d@]{0,12}?(?:'s)?\s*(?:(?:direct\s+)?(?:number|line|phone|e-?mail|address)(?:\s+(?:is|was))?)?|(?<![a-z])(?:contact|e-?mail|reach|write\s+to|call)\s+(?:them|him|her|the\s+(?:seller|shop|store|company))\s+(?:at|on|via)|(?<![a-z])(?:seller|shop|store|merchant)(?![a-z])[^.\n]{0,40}?\s(?:with|has|at)\s+(?:phone|tel|number|e-?mail|address)(?:\s+(?:number|is))?|(?<![a-z])(?:(?:letter|mail|message|text|sms|e-?mail|flyer|notice|postcard)\b|(?:saying|claiming|pretending)\s+(?:it\s+(?:was|is)\s+|to\s+be\s+)?from\s)[^.\n]{0,60}?\s(?:with|had|has|gave|giving|listing|showing)\s+(?:a\s+|the\s+)?(?:[a-z]+\s+){0,6}?(?:phone\s+)?(?:number|address|e-?mail)|(?:コンビニ|ファミマ|ファミリーマート|セブン(?:イレブン|-イレブン)?|ローソン|ミニストップ)[^。\n\d]{0,6}?(?:電話|番号)|(?:から|より)の(?:メール|電話|SMS|手紙|ハガキ|はがき|通知)\s*[（(]|(?:hotel|front\s+desk|restaurant|clinic|hospital|taxi|embassy|consulate|immigration(?:\s+(?:office|bureau|center|centre))?|city\s+(?:hall|office)|ward\s+office|police(?:\s+station)?|post\s+office|school|airline)(?:'s)?(?:\s+[a-z]+){0,2}\s+(?:number|phone|tel)(?:\s+(?:is|was))?|(?:ホテル|(?<![a-z])hotel|フロント|お店|店舗|病院|タクシー|大使館|領事館|入管|出入国在留管理|市役所|区役所|町役場|学校)[^。\n]{0,6}?(?:番号|電話)|(?<![a-z])fax|ファッ?クス|代表(?:番号|電話(?:番号)?)?|(?:メール|SMS|ショートメール|ショートメッセージ|メッセージ|ハガキ|はがき|葉書|手紙|封書|通知)(?:の本文)?(?:に|で)(?:書いて|載って|記載されて)(?:た|ある|あった|いた|る)|(?<![うち当弊自])(?:店|店舗|ショップ)の[^。\n\d]{0,4}?(?:電話番号|番号|電話)|(?:ショップ|ストア|(?<![うち当弊自])店)[^\s。、\n\d]{1,8}?の|(?<!結婚|交際|婚約)相手(?:方|側)?の[^。\n\d]{0,12}?|(?<![a-z])(?:number|someone|somebody|guy|man|woman|lady|person|caller|they)\s+(?:called|texted|rang|messaged|phoned|e-?mailed)(?:\s+(?:me|us))?\s+(?:saying|claiming|pretending)[^.\n\d]{0,30}?|(?:said|says|saying|told\s+(?:me|us)|asked\s+(?:me|us))\s+(?:to\s+)?(?:call|text|contact|ring|e-?mail|reply)(?:\s+back)?(?:\s+(?:this|the|a)\s+(?:number|address))?(?:\s+(?:at|on|to))?|(?<![a-z])reply(?:-to)?\s+(?:number|address|e-?mail)(?:\s+(?:is|was))?|(?<![a-z])(?:text|message|sms|e-?mail|mail|call)\s+saying\s[^.\n]{0,60}?(?:call|text|contact|ring)(?:\s+(?:us|them))?(?:\s+(?:at|on))?)\s*(?:は|が|:|：|、|,)?\s*[「『""']?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceBefore();

    // What the account was changed to (「… に変更されてた」): a stranger's, unless it is named as the family's (「夫の携帯 … に変更されてるかも」).
    [GeneratedRegex(@"^\s*[」』""')]?\s*(?:から|より)[^。\n\d@]{0,16}?(?:変え|変更|書き換え|替え|置き換え)(?:られ|され)", RegexOptions.CultureInvariant)]
    private static partial Regex ChangedFromAfter();

    [GeneratedRegex(@"^\s*[」』""')]?\s*(?:に|へ)(?:勝手に)?(?:変え|変更|書き換え|置き換え)(?:られ|され)", RegexOptions.CultureInvariant)]
    private static partial Regex ChangedToAfter();

    // Named as theirs, the people the person is writing about ("their 'support' WhatsApp was …", "their number:"): a scammer's or a
    // firm's, where no family member is named in the message ("my parents … their number is …" is the family's).
    [GeneratedRegex(@"(?<![a-z])their\s+(?:[""'“‘][^""'”’\n]{1,20}[""'”’]\s+)?(?:[a-z\-]+\s+){0,2}?(?:number|phone|line|whatsapp|telegram|signal|viber|wechat|contact|e-?mail|address|mail)(?:\s+(?:number|address|id))?\s*(?:is|was|:|,)?\s*[""'(]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheirsBefore();

    // The family named anywhere in the message.
    [GeneratedRegex(FamilyWords + @"(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FamilyWord();

    // 「… から電話」「… という番号で電話が来た」「… から「返金のご案内」って来た」, and what a message told the person to call
    // (「0120-… に至急電話しろと書いてあった」); a number inside a quoted message (「「… まで」ってSMSが来た」), and one asked about as a
    // scam (「… って番号は詐欺ですか」「… から　さぎ？」"… scam right?").
    [GeneratedRegex(@"^[^「『」』\n]{0,24}[」』]\s*(?:って|と|という|っていう|との)\s*[^。\n\d]{0,6}?(?:SMS|ショートメール|ショートメッセージ|メール|メッセージ|通知|LINE|DM|ハガキ|はがき|葉書|手紙)(?:が|で|も)?\s*(?:来|き[たてま]|届|あ[りっ])|^[^「『」』\n]{0,24}[」』]\s*(?:って|と)\s*(?:言われ|いわれ|名乗)|^\s*[」』""')]?\s*(?:で|に電話して|にかけて)(?:聞いたら|聞いた|きいたら|問い?合わせ)|^\s*[」』""')]?\s*(?:って|という|っていう)?(?:番号|アドレス|メアド|電話番号|電話|メール)?(?:は|って|も|が|から|より)?[、,\s]*(?:詐欺|さぎ|サギ|フィッシング|スパム|迷惑(?:電話|メール)|なりすまし|偽物|偽の|怪し|あやし)|^[\s""'”’)\].,:;!?\-—–]{0,4}(?:(?:is|was)\s+(?:this|it|that)\s+)?(?:a\s+)?(?:scam|spam|phishing|fraud|fake|legit|legitimate)(?![a-z])|^\s*(?:really\s+)?(?:the\s+)?(?:real|genuine|official|actual)\s+(?:amazon|customer[\s\-]service|support)\s+(?:number|line|address|e-?mail)|^\s*[」』""')]?\s*(?:って|は)(?:何|なに|誰|だれ)(?:ですか|でしょう|\?|？|$)|^\s*[」』""')]?\s*(?:から|より)\s*(?:です|でした|だった|だよ)|^\s*[」』""')]?\s*(?:(?:から|より)[^。\n\d]{0,6}?(?:来|き[たてま]|届|送られ|かかって|あ[りっ])|(?:から|より)\s*[「『][^」』\n]{1,30}[」』]\s*(?:って|と|という|っていう)?[^。\n\d]{0,6}?(?:来|き[たてま]|届|送られ)|(?:から|より)\s*[「『][^」』\n]{1,30}[」』]\s*(?:って|と)(?:[。.!?？！\s]|$)|(?:って|と)(?:電話が)?(?:かかって|着信)|(?:から|より)(?:の)?[^。\n]{0,20}?(?:メール|連絡|SMS|メッセージ|通知|電話|着信)|(?:から|より)[^。\n]{0,30}?名乗|(?:に|へ|まで)(?:すぐ|至急|今すぐ)?(?:ご|お)?(?:電話|連絡|折り返し|メール)(?:しろ|しなさい|せよ|して|するよう|を|ください|下さい)[^。\n]{0,10}?(?:(?:と|って)(?:書|言|来|あ|表示)|(?:という|っていう|との)(?:SMS|メール|メッセージ|ショートメール|電話|通知|ハガキ|はがき|葉書|手紙|封書|DM))|(?:という|って(?:いう)?|との)(?:番号|アドレス)?(?:で|から|より)?[^。\n\d]{0,8}?(?:電話|着信|メール|SMS|ショートメール|メッセージ)(?:が|は)?(?:来|き[たてま]|あ[りっ]|かかって|届|鳴))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceAfter();
}
