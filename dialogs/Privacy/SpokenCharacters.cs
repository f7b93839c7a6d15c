namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Letters and digits as people read them out in kana, one at a time (「エム、オー、オー、エヌ」 for MOON, 「ジェイ・ピー」 for jp):
/// patterns for the rules that find a value or an address spelled so.
/// </summary>
internal static class SpokenCharacters
{
    public const string KatakanaLetterNames =
        "エー|ビー|シー|ディー|イー|エフ|ジー|エイチ|アイ|ジェー|ジェイ|ケー|エル|エム|エヌ|オー|ピー|キュー|アール|エス|ティー|ユー|ブイ|ダブリュー|エックス|ワイ|ゼット";

    public const string HiraganaLetterNames =
        "えー|びー|しー|でぃー|いー|えふ|じー|えいち|あい|じぇー|じぇい|けー|える|えむ|えぬ|おー|ぴー|きゅー|あーる|えす|てぃー|ゆー|ぶい|だぶりゅー|えっくす|わい|ぜっと";

    // The digits' names in katakana, as they are read out (ゼロ or マル for 0, イチ for 1 …).
    public const string KatakanaDigitNames = "ゼロ|マル|レイ|イチ|ニ|サン|ヨン|ゴ|ロク|ナナ|ハチ|キュウ";

    // A mark's name inside an address or a value.
    public const string KatakanaMarkNames = "ドット|ハイフン|アンダーバー|アンダースコア|ピリオド";
}
