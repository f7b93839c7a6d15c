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

    private void AddTypedValues(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in TypedValue().Matches(folded))
        {
            var value = match.Groups["value"];
            var span = Token.WithoutEnclosingQuotes(folded, value.Index, value.Length);
            var core = Token.Core(folded.AsSpan(span.Start, span.Length));
            var japanese = match.Groups["ja"].Success;
            if (core.Length >= MinStatedLength
                && (japanese || LooksMadeUp(core) || core.ContainsAny(InnerMarks) || match.Groups["quoted"].Success)
                && !Token.IsUrlOrEmail(core)
                && !IsOrdinaryWords(core.ToString())
                && !lexicon.IsKnownHarmlessToken(core.ToString()))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, span.Start, core.Length));
            }
        }
    }

    private static void AddPassphrases(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in Passphrase().Matches(folded))
        {
            var value = match.Groups["value"];
            var trimmed = value.ValueSpan.TrimEnd(" .,!?");
            if (trimmed.Length >= MinStatedLength)
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, trimmed.Length));
            }
        }
    }

    private static ReadOnlySpan<char> InnerMarks => "_!#$%&*@";

    // A password word: the message is about one (not just about logging in).
    [GeneratedRegex(
        @"パスワ|ぱすわ|ﾊﾟｽﾜ|暗[証唱]番号|合言葉|(?<![a-z])(?:" + EnglishPasswordWord + @"|pass\s?phrase|passcode|pwd|pw)(?![a-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordMention();

    // 「入力してるのは X」「打ったのは X」; "I typed X", "I've entered X", "what I type is X".
    [GeneratedRegex(
        @"(?<ja>(?:入力し?|入れ|打ち込ん|打っ|使っ)(?:て(?:い)?る|てた|た|ている)?の(?:は|が))\s*(?<quoted>[「『""'“‘])?(?<value>[!-~]+)"
        + @"|(?<![a-z])(?:i|i've|i\s+have|i'm|i\s+am|what\s+i)\s+(?:always\s+|also\s+|just\s+)?(?:typed|typing|type|entered|entering|enter|used|using|use|put\s+in|putting\s+in)(?:\s+in)?(?:\s+(?:is|was))?\s+(?<quoted>[""'“‘(])?(?<value>[!-~]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TypedValue();

    // A passphrase after its word, to the end of the clause; or words in quotes called the password or passphrase.
    [GeneratedRegex(
        @"(?<![a-z])pass\s?phrase\s*(?:is|was|[:=])\s*[""'“‘]?(?<value>[!-~][^\n""'”’。、,;]{3,60})"
        + @"|[""“「『](?<value>[!-~][!-~ ]{3,60}?)[""”」』][^.!?。\n]{0,40}?\bas\s+(?:my|the|a)\s+(?:new\s+)?(?:" + EnglishPasswordWord + @"|pass\s?phrase|pw)"
        + @"|[""“「『](?<value>[!-~][!-~ ]{3,60}?)[""”」』]\s*(?:を|に|で|と)[^。\n]{0,8}?(?:パスワード|パス)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Passphrase();
}
