using System.Buffers;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Email addresses: the Microsoft.Recognizers.Text email model, plus a plain pattern for what it
/// may miss (plus-addressing, an address run into Japanese text). Both run only when the text
/// contains '@': the model costs tens of microseconds even on text without an address. Addresses
/// spelled out are found too: "hanako (at) example (dot) jp", 「hanako アットマーク example ドット jp」,
/// and "taro at example dot com" where the name has '.', '_', '+' or a digit in it, or starts the
/// message or follows "is", ':', 「は」 or a word for email, or is itself spelled with "dot" ("mika dot sato at example dot org") ("I looked at amazon dot com" is no address).
/// </summary>
internal sealed partial class EmailAddressScanner(NotSecretsLexicon lexicon) : ISensitiveScanner
{
    private static readonly SearchValues<char> NameMarks = SearchValues.Create("._+0123456789");
    private static readonly SearchValues<char> MaskMarks = SearchValues.Create("xX*●•.");

    // Built on the first text with an '@' (building it and compiling its patterns takes hundreds of
    // milliseconds), so start-up does not wait for it; the host's warm-up builds it in the background.
    private readonly Lazy<IModel> _model = new(() => RecognizerModels.Build(() => new SequenceRecognizer(Culture.English).GetEmailModel()));

    public void Scan(string folded, List<SensitiveFinding> findings)
    {
        AddSpelledOut(folded, findings);
        AddNameOfAnAddress(folded, findings);
        AddWithDeclaredMark(folded, findings);
        if (!folded.Contains('@'))
        {
            if (folded.Contains("アットマーク", StringComparison.Ordinal) || folded.Contains("あっとまーく", StringComparison.Ordinal)
                || folded.Contains(" at ", StringComparison.Ordinal))
            {
                AddLetterSpaced(folded, findings);
            }

            return;
        }

        AddLetterSpaced(folded, findings);

        foreach (var result in RecognizerModels.Parse(_model.Value, folded))
        {
            AddUnlessPublic(folded, result.Start, result.End - result.Start + 1, findings);
        }

        foreach (var match in EmailAddress().EnumerateMatches(folded))
        {
            AddUnlessPublic(folded, match.Index, match.Length, findings);
        }

        // An address broken at its '@' over two lines, as a phone's narrow input wraps it or a person sends it in parts.
        foreach (var match in AddressOverTwoLines().EnumerateMatches(folded))
        {
            AddUnlessPublic(folded, match.Index, match.Length, findings);
        }
    }

    [GeneratedRegex(@"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]{0,63}[ \t]*(?:\n[ \t]*@|@[ \t]*\n)[ \t]*[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,24}(?![a-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressOverTwoLines();

    /// <summary>An address typed letter by letter with spaces (m i n a m i . k @ y a h o o . c o . j p), or its name so and its domain whole.</summary>
    private void AddLetterSpaced(string folded, List<SensitiveFinding> findings)
    {
        foreach (var run in LetterSpaced().EnumerateMatches(folded))
        {
            var joined = folded.Substring(run.Index, run.Length).Replace(" at ", "@", StringComparison.Ordinal).Replace(" dot ", ".", StringComparison.Ordinal)
                .Replace(" ", string.Empty, StringComparison.Ordinal)
                .Replace("アットマーク", "@", StringComparison.Ordinal).Replace("あっとまーく", "@", StringComparison.Ordinal);
            if (joined.Contains('@') && EmailAddress().Match(joined) is { Success: true } address && address.Length == joined.Length)
            {
                AddUnlessPublic(folded, run.Index, run.Length, findings);
            }
        }
    }

    /// <summary>
    /// An address with '@' written as another mark and the swap explained (「yamazaki★ystore.jp（★を@に変えて）」,
    /// "taro#example.com, replace # with @"): read with the mark as '@'; a one-for-one swap keeps every position.
    /// </summary>
    private void AddWithDeclaredMark(string folded, List<SensitiveFinding> findings)
    {
        if (DeclaredMark().Match(folded) is not { Success: true } declared)
        {
            return;
        }

        var mark = declared.Groups["mark"].Value[0];
        var readable = folded.Replace(mark, '@');
        foreach (var match in EmailAddress().EnumerateMatches(readable))
        {
            if (folded.AsSpan(match.Index, match.Length).Contains(mark))
            {
                AddUnlessPublic(folded, match.Index, match.Length, findings);
            }
        }
    }

    [GeneratedRegex(@"(?<mark>[^\s\w@])\s*(?:を|は)\s*[@＠]\s*(?:に|へ)|replace\s+(?:the\s+)?(?<mark>[^\s\w@])\s+(?:with|by)\s+(?:an?\s+)?@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredMark();

    // A sender no person reads (no-reply@…), or a domain made to pass for the company's (ama-zon.jp-secure.com, amaz0n-jp.net):
    // the company's own domains are in the lexicon, so any other domain naming it is an impostor's.
    [GeneratedRegex(@"^\s*(?:no-?reply|do-?not-?reply|mailer-daemon|postmaster)\s*@|^\s*(?:example|sample|test|user|name|yourname|your[._\-]?name|foo|abc|x{3,}|mail|email|address)\s*@\s*example\.|^\s*(?:first|last|given|family|sur)[._\-]?name(?:[._\-](?:first|last|given|family|sur)?name)?\s*@|^\s*(?:something|someone|somebody|whatever|anything|yourname|your[._\-]?name|user[._\-]?name)\s*@|^\s*name\s*@(?=[^\n]*\.(?:edu|ac\.jp|example)(?![a-z]))|@\s*(?:your)?domain\.(?:com|net|org|jp)$|^(?:in|an|a|at|the|to|my|of|on|with|from|your|our|by|ending|ends|end|ended|starts|start|started|begins|begin|and|or|use|uses|is|was)\s+@|@.*(?:a[mn]a[\-_.]?z[o0]n|arnaz[o0]n|amaz[o0]m|amzn)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NobodysAddress();

    // Spaced letters, and the domain after them when it is typed whole («j d o y l e 8 8 @ hotmail.com»).
    // The domain may follow whole after a space or straight on from the spaced letters ("h i r o 0 3 @ i.softbank.jp").
    // The at sign may be said in kana between them («m i k a . s o r a 0 3 アットマーク yahoo.co.jp»).
    // So may "at" and "dot" in words («m a r u k o 8 8 at yahoo dot co dot jp»).
    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z0-9._\-](?: [A-Za-z0-9._\-@]){5,}(?: ?(?:アットマーク|あっとまーく) ?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+| at [A-Za-z0-9\-]+(?: dot [A-Za-z0-9\-]+)+| [A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+|(?:\.[A-Za-z0-9\-]+)+)?(?![A-Za-z0-9])")]
    private static partial Regex LetterSpaced();

    // A local part that starts masked (xxxx_k8@kindle.com) or is masked in its middle (t***a@yahoo.co.jp): a template or a hidden
    // address, not one told.
    [GeneratedRegex(@"^(?:[xX]{3,}|[*●•]{3,})|[*●•]{2,}")]
    private static partial Regex MaskedStart();

    /// <summary>The company's own sender addresses and masked addresses (xxxx@example.com, ****@gmail.com) are nobody's address.</summary>
    private void AddUnlessPublic(string folded, int start, int length, List<SensitiveFinding> findings)
    {
        var address = folded.AsSpan(start, length);
        var local = address[..Math.Max(0, address.IndexOf('@'))].Trim();
        // A mask right before it (t***a@yahoo.co.jp, found from its last letter) hides the start of the name.
        if (lexicon.IsCompanyAddress(address) || (local.Length > 0 && local.IndexOfAnyExcept(MaskMarks) < 0) || NobodysAddress().IsMatch(address)
            || MaskedStart().IsMatch(local) || (start > 0 && folded[start - 1] is '*' or '●' or '•'))
        {
            return;
        }

        findings.Add(new SensitiveFinding(SensitiveKind.EmailAddress, start, length));
    }

    /// <summary>
    /// The part of an address before the '@', given with its provider or its place («gmailの ayaka0420 のほう», "my yahoo is
    /// kenta_88», «アットマークの前は mikan_tabetai», «アドレスは taro.y の gmail»): a name with a digit, '.', '_' or '-' in it, which is what the address says of the person.
    /// </summary>
    private static void AddNameOfAnAddress(string folded, List<SensitiveFinding> findings)
    {
        if (folded.AsSpan().IndexOfAny(AddressPlaces) < 0)
        {
            return;
        }

        foreach (Match match in NameOfAnAddress().Matches(folded))
        {
            var local = match.Groups["local"];
            var name = local.ValueSpan.TrimEnd("._-");
            // A phone's model after its carrier («docomo の SH-51A») is no address's name.
            if (name.IndexOfAny(NameMarks) >= 0 && name.ContainsAnyInRange('a', 'z') | name.ContainsAnyInRange('A', 'Z') && !name.Contains('@')
                && !ModelCode().IsMatch(name))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.EmailAddress, local.Index, name.Length));
            }
        }
    }

    [GeneratedRegex(@"^[A-Z]{1,4}-?\d{1,4}[A-Z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex ModelCode();

    private static readonly SearchValues<string> AddressPlaces = SearchValues.Create(
        ["@", "アット", "gmail", "yahoo", "icloud", "outlook", "hotmail", "docomo", "ezweb", "softbank", "ymobile", "ジーメール", "ヤフー", "ドコモ", "ソフトバンク", "before the"],
        StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(
        @"(?:(?<![a-z])(?:gmail|yahoo|icloud|outlook|hotmail|docomo|ezweb|softbank|ymobile)(?![a-z])|ジーメール|ヤフー|ドコモ|ソフトバンク)\s*(?:の|で|は|:|\s(?:is|was|address\s+is|id\s+is))\s*(?:アドレス\s*(?:は)?)?\s*(?<local>[a-z0-9][a-z0-9._\-+]{2,})(?![a-z0-9@])"
        + @"|(?:アットマーク|アット|@)\s*(?:の|より)?\s*(?:前|左)(?:は|が|:|の部分は)?\s*[「『""']?\s*(?<local>[a-z0-9][a-z0-9._\-+]{2,})(?![a-z0-9@])"
        + @"|(?<![a-z])before\s+the\s+(?:@|at\s*(?:sign|mark)?)\s+(?:is|it'?s|:)\s*(?<local>[a-z0-9][a-z0-9._\-+]{2,})(?![a-z0-9@])"
        // The name first and the provider after it («メールアドレスは taro.y の gmail のほう», "my address is kenta_88 on yahoo").
        + @"|(?:メールアドレス|アドレス|メアド|(?<![a-z])(?:e-?mail|address))\s*(?:は|が|:|：|\s(?:is|was))?\s*[「『""']?\s*(?<local>[a-z0-9][a-z0-9._\-+]{2,})[」』""']?\s*(?:の|\s(?:on|in)\s)\s*(?:(?:gmail|yahoo|icloud|outlook|hotmail|docomo|ezweb|softbank|ymobile)(?![a-z])|ジーメール|ヤフー|ドコモ|ソフトバンク)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameOfAnAddress();

    private void AddSpelledOut(string folded, List<SensitiveFinding> findings)
    {
        // Cheap tests first: most messages spell out no address, and the patterns cost microseconds.
        var spelledAt = folded.Contains("アット", StringComparison.Ordinal) || folded.Contains("あっと", StringComparison.Ordinal)
            || (folded.AsSpan().IndexOfAny("([{<") >= 0 && (folded.Contains("at", StringComparison.OrdinalIgnoreCase)
                || folded.Contains("(a)", StringComparison.OrdinalIgnoreCase) || folded.Contains("[a]", StringComparison.OrdinalIgnoreCase)));
        var spacedDot = folded.Contains(" dot ", StringComparison.OrdinalIgnoreCase) || folded.Contains(" at ", StringComparison.OrdinalIgnoreCase)
            || folded.Contains(" atto ", StringComparison.OrdinalIgnoreCase) || folded.Contains(" arroba ", StringComparison.OrdinalIgnoreCase);
        if (spelledAt)
        {
            var before = findings.Count;
            foreach (var match in BracketedAt().EnumerateMatches(folded))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.EmailAddress, match.Index, match.Length));
            }

            if (findings.Count == before)
            {
                foreach (var match in ReadAloudInKana().EnumerateMatches(folded))
                {
                    findings.Add(new SensitiveFinding(SensitiveKind.EmailAddress, match.Index, match.Length));
                }
            }

            if (findings.Count == before && folded.Contains('・'))
            {
                foreach (var match in ReadLetterByLetter().EnumerateMatches(folded))
                {
                    findings.Add(new SensitiveFinding(SensitiveKind.EmailAddress, match.Index, match.Length));
                }
            }

            // 「登録アドレス k-o-u-t-a 1 9 8 8 あっと gmail」: spelled a character at a time up to a provider's name, after a word for an address.
            if (findings.Count == before && SpelledToAProvider().Match(folded) is { Success: true } spelled
                && AddressWord().IsMatch(folded.AsSpan(0, spelled.Index)))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.EmailAddress, spelled.Index, spelled.Length));
            }
        }

        if (!spacedDot)
        {
            return;
        }

        // A word that turns out not to start an address ("me" in "contact me at daisuke dot ono at …") is passed over
        // one word at a time, so the address after it is still found.
        var from = 0;
        while (from < folded.Length && SpacedAt().Match(folded, from) is { Success: true } match)
        {
            var local = match.Groups["local"];
            // A hyphenated name is marked too when the domain is spelled out in full ("jen-m-ortiz at outlook dot com").
            // A mail provider's whole domain spelled out ("mkowalski at outlook dot com") makes an address of a plain name too.
            var marked = match.Groups["dotted"].Success || local.ValueSpan.IndexOfAny(NameMarks) >= 0
                || (local.ValueSpan.Contains('-') && !match.Groups["provider"].Success)
                || (local.Length >= MinPlainLocalLength && ProvidersDomain().IsMatch(match.Groups["domain"].ValueSpan));
            var companys = lexicon.IsCompanyAddress(string.Concat(local.ValueSpan, "@", match.Groups["domain"].ValueSpan));

            // A provider's name alone ("at gmail") takes a name with a mark in it or a word for an address before it: "support at
            // outlook" is a team, "my email is kenji at yahoo" an address.
            var lead = match.Groups["lead"];
            // "charged at AMAZON.CO.JP" is where a card was used: the company's domain, or a verb before "at", makes no address.
            if (!companys && !PlaceVerb().IsMatch(local.ValueSpan)
                && (marked || (lead.Success && (!match.Groups["provider"].Success || AddressWord().IsMatch(folded.AsSpan(0, local.Index)))))
                && !StackFrame().IsMatch(folded, match.Index + match.Length)
                && !CamelCase().IsMatch(folded.AsSpan(local.Index, match.Index + match.Length - local.Index)))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.EmailAddress, local.Index, match.Index + match.Length - local.Index));
                from = match.Index + match.Length;
            }
            else
            {
                from = local.Index + local.Length;
            }
        }
    }

    private const int MinPlainLocalLength = 4;

    [GeneratedRegex(@"^(?:gmail|g-?mail|yahoo|outlook|hotmail|icloud|docomo|ezweb|softbank|nifty|ocn|proton(?:mail)?|live|msn|aol)(?:\s+(?:dot|punto|ponto|dotto)\s+|\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProvidersDomain();

    [GeneratedRegex(@"^(?:used|paid|bought|charged|ordered|purchased|spent|signed|logged|shopping|shopped|made|placed|sold|listed|working|work|works|live|lives|staying|stay)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceVerb();

    [GeneratedRegex(@"(?:e-?mail|mail|address|メール|メアド|アドレス)[^.!?。\n]{0,12}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressWord();

    // A program's names (GetAddrInfoReqWrap.onlookup): a stack frame, not a domain.
    [GeneratedRegex(@"\sat\s+\S*[a-z][A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex CamelCase();

    // "java.lang.NullPointerException at AuthClient.java:88", "at Foo.Bar(Program.cs:12)": a stack frame's "at", not an address.
    [GeneratedRegex(@"\G(?:\s*:\s*\d|\()")]
    private static partial Regex StackFrame();

    // A domain's part read out in kana (ジーメール, ヤフー, コム, じーめーる), up to the next ドット or どっと.
    private const string KatakanaLabel = @"(?:(?!ドット|どっと|です|でした|でござ|だよ|になって|が登録)[ぁ-ゖァ-ヺー]){2,12}";

    // "hanako (at) example (dot) jp", "jiro[at]example[dot]net", "akira[dot]n[at]outlook[dot]jp", 「hanako アットマーク example ドット jp」,
    // 「yamada.truck03 アット ジーメール ドット コム」.
    [GeneratedRegex(
        @"(?<![a-z0-9._%+\-])[a-z0-9](?:[a-z0-9._%+\-]|\s*[(\[{<]\s*dot\s*[)\]}>]\s*(?=[a-z0-9]))*\s*(?:[(\[{<]\s*(?:at|a|@|アットマーク|あっとまーく|アット|あっと)\s*[)\]}>]|アットマーク|あっとまーく|アット|あっと)\s*(?:[a-z0-9\-]+|" + KatakanaLabel + @")(?:\s*(?:[(\[{<]\s*dot\s*[)\]}>]|ドット|どっと|\.|\s+dot\s+)\s*(?:[a-z0-9\-]+|" + KatakanaLabel + @"))*(?:\s*(?:[(\[{<]\s*dot\s*[)\]}>]|ドット|どっと|\.|\s+dot\s+)\s*(?:[a-z]{2,24}|" + KatakanaLabel + @"))(?![a-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BracketedAt();

    // An address read aloud piece by piece in kana, commas between (「けんた、てん、にいご、アットマーク、ジーメール、ドットコム」): the name
    // and the digits in kana, 「てん」 or 「ドット」 for the dot. A piece that names the address (「メールアドレスは」) is not part of it.
    private const string ReadPiece = @"(?![^、,\s]*(?:アドレス|メアド|メール|は$))[ぁ-ゖァ-ヺーa-z0-9._\-]{1,12}";

    [GeneratedRegex(
        @"(?:(?<=[はがを:：])|(?<![ぁ-ゖァ-ヺーa-z0-9]))" + ReadPiece + @"(?:[、,\s]+" + ReadPiece + @"){0,8}[、,\s]*(?:アットマーク|あっとまーく|アット|あっと)[、,\s]*(?:[a-z0-9\-]+|" + KatakanaLabel + @")(?:[、,\s]*(?:ドット|どっと|てん|\.)[、,\s]*(?:[a-z0-9\-]+|" + KatakanaLabel + @"))*[、,\s]*(?:ドット|どっと|\.)[、,\s]*(?:[a-z]{2,24}|" + KatakanaLabel + @")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadAloudInKana();

    // An address read out a letter at a time, middle dots between (「ティー・オー・エム・オー、アットマーク、ソフトバンク、ドット・エヌ・イー、
    // ドット・ジェイ・ピー」): only letters', digits' and marks' names before the at sign, so a brand written with dots
    // (「アット・ホーム・ドット・コム」) is not one.
    private const string SpokenCharacter = "(?:" + SpokenCharacters.KatakanaLetterNames + "|" + SpokenCharacters.KatakanaDigitNames + "|" + SpokenCharacters.KatakanaMarkNames + ")";
    private const string SpokenLabel = @"(?:" + SpokenCharacter + @"(?:・" + SpokenCharacter + @")*(?![ァ-ヺー])|[a-z0-9\-]+|" + KatakanaLabel + ")";

    [GeneratedRegex(
        @"(?<![ァ-ヺー])" + SpokenCharacter + @"(?:[・、,\s]*" + SpokenCharacter + @"){2,40}[・、,\s]*(?:アットマーク|あっとまーく)[・、,\s]*" + SpokenLabel + @"(?:[・、,\s]*(?:ドット|どっと)[・、,\s]*" + SpokenLabel + ")+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadLetterByLetter();

    [GeneratedRegex(
        @"(?<![a-z0-9])[a-z0-9](?:[a-z0-9._\-]|\s(?=[a-z0-9])){2,40}\s*(?:アットマーク|あっとまーく|アット|あっと)\s*(?:gmail|g-?mail|yahoo|icloud|outlook|hotmail|docomo|ezweb|softbank|ジーメール|ヤフー|ドコモ)(?![a-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpelledToAProvider();

    // A path after the domain ("ERR_CONNECTION_RESET at twitch.tv/prime") makes it a page's address, not a person's.
    // "taro at example dot com", "ryo dot sato 0405 @ gmail dot com", "kenji_1972 at docomo.ne.jp" or "dai.k1979 at gmail" (a mail provider's name alone), with what comes before it when that says an address follows
    // ("is", "it's", "my email's", ':', 「は」); in romaji, "rodrigo ten silva atto yahoo ten co ten jp" ("ten" for 点, a dot, only with "atto").
    [GeneratedRegex(
        @"(?<lead>(?:^|[:：]|\b(?:is|was|it['’]?s|that['’]?s)|は|\b(?:e-?mail|mail|address|me|correo|e-?mail|endereço)(?:['’]s)?|メール|メアド|アドレス)\s*)?(?<![a-z0-9._%+\-])(?<local>[a-z0-9][a-z0-9._%+\-]*(?<dotted>\s+(?:dot|underscore|under\s+bar|dash|hyphen|dotto|ten(?=[^\n]*\satto\s))\s+[a-z0-9][a-z0-9._%+\-]*(?:\s\d+(?=\s))*)*)\s+(?:at|(?<romaji>atto)|arroba|@)\s+(?<domain>[a-z0-9\-]+(?:\s+(?:dot|punto|ponto|dotto|(?(romaji)ten|(?!)))\s+[a-z0-9\-]+)*\s+(?:dot|punto|ponto|dotto|(?(romaji)ten|(?!)))\s+[a-z]{2,24}|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,24}|(?<provider>gmail|g-?mail|yahoo|hotmail|outlook|icloud|docomo|ezweb|softbank|nifty|ocn)(?=\s*(?:$|[.,!?。、)]|\s(?!dot\b|\.))))(?![a-z0-9/]|\.[a-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpacedAt();

    // Spaces around the '@' (「naoko ＠ icloud.com」 folds to "naoko @ icloud.com") or around each dot ("sakura @ gmail . com") do not hide an address.
    // A comma typed for the last dot (「taka_h@icloud,com」) is still that dot, and a doubled '@' ("jun@@ezweb.ne.jp") is still one.
    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+ {0,2}@{1,2} {0,2}[A-Za-z0-9\-]+(?:(?:\.| \. )[A-Za-z0-9\-]+)*(?:\.| \. |,(?=(?:com|net|org|jp)(?![A-Za-z0-9])))[A-Za-z]{2,24}(?![A-Za-z0-9])")]
    private static partial Regex EmailAddress();
}
