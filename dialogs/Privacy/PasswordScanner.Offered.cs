using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Values told without a password word before them, where what comes before says what they are:
/// <list type="bullet">
/// <item>after asking whether it is safe to tell («is it ok to tell you here? its   correcthorse_battery42», 「ここに書いても
/// 大丈夫？ sora_umi55 です」): the question is about the value that follows;</item>
/// <item>insisted on in quotes in a message about signing in («I KNOW it's 'correct horse battery staple 42', it just doesn't
/// work»);</item>
/// <item>what a browser's or a manager's list of saved passwords shows («Chrome's saved passwords page shows amz.kazuko.1122 for
/// amazon.co.jp»).</item>
/// </list>
/// The value is made up (letters with digits or symbols, words joined), a passphrase, or a word with digits read out one by one
/// («sunflower 2 0 0 5»); never an ordinary word.
/// </summary>
internal sealed partial class PasswordScanner
{
    private void AddOfferedValues(string folded, List<SensitiveFinding> findings)
    {
        // Each form has marks most messages lack: a question mark and a verb of telling, a list's name, a word of insisting.
        var message = folded.AsSpan();
        if (message.IndexOfAny("?？") >= 0 && message.IndexOfAny(TellingVerbs) >= 0)
        {
            foreach (Match match in ToldAfterAsking().Matches(folded))
            {
                AddOffered(match.Groups["value"], findings);
            }
        }

        if (message.IndexOfAny(SavedPasswordsWords) >= 0)
        {
            foreach (Match match in ListedBySavedPasswords().Matches(folded))
            {
                AddOffered(match.Groups["value"], findings);
            }
        }

        if (message.IndexOfAny(InsistingWords) >= 0 && message.IndexOfAny("\"'“‘") >= 0 && CredentialContext().IsMatch(folded))
        {
            foreach (Match match in InsistedInQuotes().Matches(folded))
            {
                var value = match.Groups["value"];
                var text = value.ValueSpan.Trim();
                if ((IsAsciiPassphrase(text) && text.IndexOfAnyInRange('0', '9') >= 0) || LooksMadeUp(Token.Core(text)))
                {
                    findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, value.Length));
                }
            }
        }
    }

    private static readonly System.Buffers.SearchValues<string> TellingVerbs = System.Buffers.SearchValues.Create(
        ["tell", "type", "write", "give", "share", "send", "put", "paste", "say", "書い", "言っ", "教え", "送っ", "入れ", "打っ"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> InsistingWords = System.Buffers.SearchValues.Create(
        ["know", "sure", "certain", "positive", "swear", "definitely"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> SavedPasswordsWords = System.Buffers.SearchValues.Create(
        ["saved", "manager", "keychain", "キーチェーン", "保存", "パスワードマネ", "パスワード管理"], StringComparison.OrdinalIgnoreCase);

    private void AddOffered(Group value, List<SensitiveFinding> findings)
    {
        var text = value.ValueSpan.TrimEnd(" .,!?");
        var joined = string.Concat(text.ToString().Where(c => c != ' '));
        var core = Token.Core(joined);
        if (LooksMadeUp(core) && !Token.IsUrlOrEmail(core) && !lexicon.IsKnownHarmlessToken(core.ToString()))
        {
            findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, text.Length));
        }
    }

    // The value: a run of ASCII, or a word with its digits read out one by one after it.
    private const string OfferedValue = @"[""'“‘「『]?(?<value>[A-Za-z0-9][!-~]*?(?:\s\d(?:\s\d){1,7})?)[""'”’」』]?(?=[,.!?]*(?:\s|$)|[、。]|です|だよ)";

    // Whether it is safe to tell, type or write it here, a question mark, then the value ("it's" and "here it is" before it
    // allowed, spaces after them too).
    [GeneratedRegex(
        @"(?<![a-z])(?:(?:ok|okay|safe|alright|fine|allowed)\s+(?:to|if\s+i)|(?:can|may|could|should)\s+i)\s+(?:just\s+)?(?:tell|type|write|give|share|send|put|paste|say)[^?\n]{0,40}\?\s*(?:(?:ok|well|anyway|so)[,.]?\s*)?(?:it'?s|its|it\s+is|here(?:\s+it\s+is)?:?|here\s+goes:?)?\s+" + OfferedValue
        + @"|(?:書い|言っ|教え|送っ|入れ|打っ)て(?:も)?(?:いい|大丈夫|平気|OK)[^?？\n]{0,8}[?？]\s*(?:(?:えっと|じゃあ|では)[、,]?\s*)?" + OfferedValue,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToldAfterAsking();

    // "I know it's 'x'", "I'm sure it is "x"": a value insisted on, in quotes.
    [GeneratedRegex(
        @"(?<![a-z])(?:i\s+know|i'?m\s+(?:sure|certain|positive)|i\s+swear|definitely)\s+(?:that\s+)?(?:it'?s|its|it\s+is|it\s+was)\s+[""'“‘](?<value>[^""'”’\n]{4,40})[""'”’]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InsistedInQuotes();

    // A browser's or a manager's saved passwords or logins, then what that list shows.
    [GeneratedRegex(
        @"(?:saved\s+(?:passwords?|logins?)|password\s+manager|keychain|キーチェーン|保存(?:された|済みの|してある)パスワード|パスワード(?:マネージャー?|管理))[^.!?\n。]{0,30}?(?:(?:\s+(?:shows?|lists?|says|displays?|has|had|gives?)(?=\s))+\s+|(?:に|で|には)\s*)" + OfferedValue + @"(?=\s*(?:for|on|って|と|が|で|\s|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListedBySavedPasswords();
}
