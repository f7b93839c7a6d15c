using System.Buffers;
using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Passwords, recognised from their context, never from character classes alone:
/// <list type="number">
/// <item>Stated: a password word and the value (「パスワードは Abc12345」「パスワード:xxxx」
/// 「パスワードをabcd1234に変更」"my password is hunter22", "passwort: xxxx", "my secret is xxxx",
/// "pw xxxx"), or a key=value shape (password=…, DB_PASSWORD=…, client_secret: …, token=…). The
/// value is the run of ASCII characters after it, at least 4 long, and not an ordinary word that
/// follows such phrases ("my password is wrong"); Japanese text is never a value.</item>
/// <item>A token made to be unguessable (<see cref="Opacity.Strong"/>: Passw0rd, sakura#2024), wherever it stands.</item>
/// <item>A token that may be one (<see cref="Opacity.Weak"/>: p4ssw0rd, or digits mixed with two of lower
/// case, upper case and symbols: Natsu2023!!) in a message about typing, logging in or passwords.</item>
/// <item>A message that is one opaque token and nothing else: weakly opaque, or mixing digits and two of
/// lower case, upper case and symbols without being a version, a name joined by '-', '_',
/// '.' or '/', a URL or a product name.</item>
/// </list>
/// Versions (iOS17.2.1), product names (Windows11!, iPhone15Pro), x86_64-Linux, TLS1.2-Error, 11th-Gen,
/// error codes and hex (0x80070005) read as words and numbers (<see cref="TokenShape"/>) and are not passwords.
/// </summary>
internal sealed partial class PasswordScanner(NotSecretsLexicon lexicon) : ISensitiveScanner
{
    private const int MinStatedLength = 4;

    // Also with the flick keyboard's voiced slip (ばすわーど for ぱすわーど), which no other word is.
    private const string JapanesePasswordWord = @"(?:(?:パス|ぱす)(?:[ワわ][ーｰ\-−~〜]?[ドど])?|(?:バス|ばす)[ワわ][ーｰ\-−~〜]?[ドど])";
    // Misspelt as typed: passward, passwrod, passowrd, paswerd, passwrd, passwd.
    private const string EnglishPasswordWord = @"p[ae]?s{1,2}\s?w(?:or|ro|ow|ar|er|ir|r|o)?d";

    // What joins a password word to its value besides は / is: a colon, '=', an arrow.
    private const string Separator = @"(?:[:=→⇒]|->|=>)";

    // "The hint for my password is …", "the length of the password is …": what follows "is" describes the password.
    private const string AboutThePassword = @"(?:hint|length|requirement|rule|policy|question|link|manager|field)s?\s+(?:for|of|to)\s+(?:(?:my|the|your|our|a)\s+)?";

    // Words between a password word and a nearby value that make the value something else (a user name, an address, a device).
    private const string OtherThingWord = @"マネージャ|管理|アプリ|ユーザー|ユーザ名|名前|アカウント|メール|アドレス|ID|id|端末|機種|バージョン|エラー|user|name|account|e-?mail|address|device|version|error|manager|app|for|of|on|at|from|via|by";
    private const int MinStrongLength = 8;
    private const int MinWeakLength = 6;
    private const int MinCharacterClasses = 3;

    public void Scan(string folded, List<SensitiveFinding> findings)
    {
        var before = findings.Count;
        AddStatedPasswords(folded, findings);
        AddSecretAnswers(folded, findings);
        var namesPassword = NamesPassword(folded);
        if (namesPassword)
        {
            AddPartsAroundANamedSymbol(folded, findings);
            AddQuotedPhrases(folded, findings);
            AddAlternativePairs(folded, findings, strictShapes: false);
            AddJapaneseValues(folded, findings);
            AddTheirOwn(folded, findings);
            AddPieces(folded, findings);
        }
        else
        {
            AddAlternativePairs(folded, findings, strictShapes: true);
            // Its pattern also reads kana run into digits after 「入れたの」「使ってるの」, which name no password.
            if (folded.AsSpan().IndexOfAny(TypedWords) >= 0)
            {
                AddJapaneseValues(folded, findings);
            }
        }

        if (findings.Count == before && namesPassword)
        {
            AddTypedValues(folded, findings, passwordNamed: true);
            AddPassphrases(folded, findings);
        }
        else if (findings.Count == before && CredentialContext().IsMatch(folded))
        {
            AddTypedValues(folded, findings, passwordNamed: false);
        }

        if (findings.Count == before && ShortAnswer(folded) is { } answer)
        {
            findings.Add(answer);
        }

        if (findings.Count == before)
        {
            AddNamesWithAYear(folded, findings);
            AddSpelledOut(folded, findings);
            if (namesPassword)
            {
                AddDictated(folded, findings);
            }

            AddTypedBeforeTheVerb(folded, findings, namesPassword);
            AddCorrectedPairs(folded, findings);
            AddHedgedValues(folded, findings);
            AddDescribedValues(folded, findings);
            AddOldAndNewOnes(folded, findings);
            AddWrittenDownValues(folded, findings);
            AddPointedValues(folded, findings, namesPassword);
            AddJoinedParts(folded, findings, namesPassword);
            AddCaseVariants(folded, findings);
            AddQuotedCaseVariants(folded, findings);
            AddCaseRemarkedValues(folded, findings);
            AddMadeOfValues(folded, findings);
            AddPhrasesInRomaji(folded, findings);
            AddRevealedAfterAMask(folded, findings);
            AddOfferedValues(folded, findings);
        }

        if (findings.Count == before)
        {
            AddNearbyValues(folded, findings);
        }

        if (findings.Count == before && namesPassword)
        {
            AddEachValue(DigitsInTheNextSentence(), folded, findings);
            AddEachValue(DigitsThePasswordIsTheSameAs(), folded, findings);
        }

        if (findings.Count == before && LoneToken(folded) is { } lone)
        {
            findings.Add(lone);
            return;
        }

        AddOpaqueTokens(folded, findings, namesPassword);
        if (findings.Count > before)
        {
            AddVariants(folded, findings, before);
            RemoveModelNames(folded, findings, before);
        }

        // The letters of an image check («CAPTCHAが「x7Kq0」か「x7KqO」か») are the picture's, unless a password is named too.
        if (findings.Count > before && !namesPassword && Puzzle().IsMatch(folded))
        {
            findings.RemoveRange(before, findings.Count - before);
        }
    }

    /// <summary>Comma-separated fields, one of them an address and none a URL's path: a row of an export, not a link.</summary>
    private static bool IsRowOfFields(ReadOnlySpan<char> run) =>
        run.Count(',') >= 2 && run.IndexOf("://", StringComparison.Ordinal) < 0 && run.IndexOf('/') < 0;

    /// <summary>A user name, an account or a device named just before the token (「ID は taro1985」, "username kenta88"): not the password.</summary>
    private static bool NamedBefore(string folded, int start)
    {
        var windowStart = Math.Max(0, start - NameWindow);
        var clauseStart = Math.Max(0, start - 2 * NameWindow);
        return (NameBefore().IsMatch(folded.AsSpan(windowStart, start - windowStart))
                && !LoginForAnAccount().IsMatch(folded.AsSpan(clauseStart, start - clauseStart)))
            || NetworkAfter().IsMatch(folded.AsSpan(start));
    }

    // "The login for the finance team's Amazon Business account is …": the login is told, not the account's name.
    [GeneratedRegex(@"(?<![a-z])(?:login|log-in|sign-in|signin|credentials?|password|pw)\s+(?:for|to|on)\s+[^.!?\n]{0,60}?account\s+(?:is|was|:)\s*[""'“]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoginForAnAccount();

    private const int NameWindow = 40;

    /// <summary>
    /// A reply that is one made-up value and a few words of yes or hedging (「たぶん mameshiba77」「はい、それです tomo77kitty」
    /// "maybe Kuma2020 i think"): what a person sends when the bot has just asked for what they typed.
    /// </summary>
    /// <summary>
    /// A capitalised name run into a year or a date (Biscuit1998, Sakura0803): how people make passwords, and not how products,
    /// versions or codes are written (those are in the lexicon or read as versions and codes).
    /// </summary>
    private void AddNamesWithAYear(string folded, List<SensitiveFinding> findings)
    {
        foreach (var match in NameWithAYear().EnumerateMatches(folded))
        {
            var token = folded.AsSpan(match.Index, match.Length).TrimEnd("!#$%&*?");
            if (!lexicon.IsKnownHarmlessToken(token.ToString()) && !NamedBefore(folded, match.Index))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, match.Index, match.Length));
            }
        }
    }

    /// <summary>
    /// A value spelled one character at a time ("P as in Peter, a, r, i, s, 2, 0, 2, 4", 「エム、オー、オー、エヌ、いち、きゅう」,
    /// 「p・o・c・h・i・1」): six characters or more, each alone between commas or middle dots.
    /// </summary>
    private static void AddSpelledOut(string folded, List<SensitiveFinding> findings)
    {
        // Six characters take five commas (or middle dots); most messages have fewer, and the comma pattern tries every single kana.
        var spelledWithCommas = folded.AsSpan().Count(',') + folded.AsSpan().Count('、') + folded.AsSpan().Count('・') >= MinSpelledCharacters - 1;
        foreach (var match in (spelledWithCommas ? SpelledOut() : SpelledWithSpaces()).EnumerateMatches(folded))
        {
            // Digits alone spelled with spaces are a number (a phone number, a code): the number rules' to judge. An error read
            // out by a screen reader ("reads the error as E R R underscore 4 0 3") is the error's name. Letters alone between
            // hyphens spell a name (S-U-Z-U-K-I); a value read out so has digits too.
            var spelled = folded.AsSpan(match.Index, match.Length);
            if (spelled.IndexOfAnyExcept(DigitsAndSpace) < 0
                || (spelled[1] == '-' && !spelled.ContainsAnyInRange('0', '9'))
                || ErrorNamed().IsMatch(folded.AsSpan(Math.Max(0, match.Index - SpelledErrorWindow), Math.Min(match.Index, SpelledErrorWindow))))
            {
                continue;
            }

            findings.Add(new SensitiveFinding(SensitiveKind.Password, match.Index, match.Length));
        }

        foreach (var match in LetterNamesRunTogether().EnumerateMatches(folded))
        {
            findings.Add(new SensitiveFinding(SensitiveKind.Password, match.Index, match.Length));
        }
    }

    private static readonly SearchValues<char> DigitsAndSpace = SearchValues.Create("0123456789 -");

    private const int SpelledErrorWindow = 60;

    [GeneratedRegex(@"(?<![a-z])(?:error|err)(?![a-z])|エラー", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorNamed();

    private const int MinSpelledCharacters = 6;

    private SensitiveFinding? ShortAnswer(string folded)
    {
        var match = ShortReply().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["value"];
        var core = Token.Core(value.ValueSpan);
        var madeUp = WordWithDigits().IsMatch(core) || IsMixed(core) || TokenShape.Of(core) != Opacity.None
            || (LooksMadeUp(core) && Token.CountDigits(core) > 0);
        return madeUp && !VersionOrCode().IsMatch(core) && !Token.IsUrlOrEmail(core) && !lexicon.IsKnownHarmlessToken(core.ToString())
            ? new SensitiveFinding(SensitiveKind.Password, value.Index, core.Length)
            : null;
    }

    private SensitiveFinding? LoneToken(string folded)
    {
        var offset = folded.Length - folded.AsSpan().TrimStart().Length;
        var trimmed = WithoutCopula(folded.AsSpan().Trim().TrimEnd("。"));
        // 「nekosuki123（ねこすき123をローマ字で）」: an aside on how the value is written, after it, is not part of it.
        if (trimmed.EndsWith(')') && WritingAside().Match(folded) is { Success: true } aside)
        {
            trimmed = trimmed[..(aside.Index - offset)].TrimEnd();
        }

        var (start, length) = Token.WithoutEnclosingQuotes(folded, offset, trimmed.Length);
        var token = folded.AsSpan(start, length);
        if (length < MinWeakLength || token.IndexOfAnyExceptInRange('!', '~') >= 0 || Token.IsUrlOrEmail(token)
            || LabelledNumber().IsMatch(token) || lexicon.IsKnownHarmlessToken(Token.Core(token).ToString()))
        {
            return null;
        }

        // A word run into digits is sent alone as the answer to "what did you type?" (4649yoroshiku, hanako0312); long enough,
        // and no version, code or measure, it is the value.
        var core = Token.Core(token);
        var opaque = TokenShape.Of(core) != Opacity.None || IsMixed(token)
            || (core.Length >= MinStrongLength && WordWithDigits().IsMatch(core) && !VersionOrCode().IsMatch(core) && !NamedShape().IsMatch(core));
        return opaque ? new SensitiveFinding(SensitiveKind.Password, start, length) : null;
    }

    private static readonly string[] Copulas = ["でした", "です", "だった", "だよ"];

    // 「「sora_no_iro9」です」: one value and only a copula after it is still a message of one value.
    private static ReadOnlySpan<char> WithoutCopula(ReadOnlySpan<char> message)
    {
        foreach (var copula in Copulas)
        {
            if (message.EndsWith(copula, StringComparison.Ordinal))
            {
                return message[..^copula.Length].TrimEnd();
            }
        }

        return message;
    }

    /// <summary>
    /// Digits and two of lower case, upper case and symbols, in one piece (Password123, Natsu2023!!; not iOS17.2.1); in a message
    /// that names a password, also joined by '_', '-' or '.' (Tokyo_Nights_88), unless it is a version or a code.
    /// </summary>
    private static bool IsMixed(ReadOnlySpan<char> token, bool passwordNamed = false) =>
        Token.CharacterClasses(token) >= MinCharacterClasses && Token.CountDigits(token) > 0
        && (!Token.HasJoiner(Token.Core(token)) || (passwordNamed && !VersionOrCode().IsMatch(Token.Core(token)) && !Token.IsUrlOrEmail(token)))
        && !NamedShape().IsMatch(Token.Core(token));

    // "Invalid token: 0x3F2A": a status in a few hex digits after a word that can name a secret, not a secret.
    [GeneratedRegex(@"^0[xX][0-9a-fA-F]{1,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex StatusInHex();

    private void AddStatedPasswords(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in StatedPassword().Matches(folded))
        {
            var value = match.Groups["value"];
            var span = Token.WithoutEnclosingQuotes(folded, value.Index, value.Length);
            var core = Token.Core(folded.AsSpan(span.Start, span.Length)).Trim(ClosingQuotes).ToString();
            if (core.Length >= MinStatedLength
                && HasLetterOrDigit(core)
                && !Token.IsMostlyMasked(core)
                && !Token.IsEmail(core)
                && !IsOrdinaryWords(core)
                && !OrdinaryWordForm().IsMatch(core)
                && !StatusInHex().IsMatch(core)
                && (!match.Groups["bare"].Success || !LowerCaseWord().IsMatch(core))
                && !LengthRule().IsMatch(core)
                && !(core.AsSpan().ContainsAnyExceptInRange('\0', '\x7f') && (ScreenWords().IsMatch(core) || Description().IsMatch(core)))
                && !IsHarmless(core, japaneseTopic: match.Groups["topic"].Success && !IsToldAsTheValue(folded, span.Start + span.Length))
                && !(match.Groups["topic"].Success && PlaceToPutIt().IsMatch(folded.AsSpan(span.Start + span.Length))))
            {
                var after = span.Start + span.Length;
                var length = WordsWithoutSpaces().Match(folded, after) is { Success: true } rest
                    ? span.Length + rest.Groups["rest"].Length
                    : SpacedWordsToTheEnd().Match(folded, after) is { Success: true } words && !match.Groups["topic"].Success
                        ? span.Length + words.Groups["rest"].Length
                        : span.Length;
                findings.Add(new SensitiveFinding(SensitiveKind.Password, span.Start, length));
                AddAlternative(folded, value.Index + value.Length, findings);
            }
        }
    }

    /// <summary>
    /// A value that stands a few words after a password word without は / is / ':' between them
    /// (「ぱすは ちゃんと abcd1234 で」「パスワード欄に「nezumi00」を」「パスワード(8文字) sumomo12」"the password still abcd1234"):
    /// taken only when it looks made up (letters with digits, or opaque) and is not a version, a product or an error code.
    /// </summary>
    private void AddNearbyValues(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in NearbyValue().Matches(folded))
        {
            var gap = match.Groups["gap"].ValueSpan;
            if (OtherThing().IsMatch(gap))
            {
                continue;
            }

            var value = match.Groups["value"];
            var span = Token.WithoutEnclosingQuotes(folded, value.Index, value.Length);
            var core = BeforeAnAside(Token.Core(folded.AsSpan(span.Start, span.Length)));
            var typedDigits = IsTypedDigits(core) && !UnitAfter().IsMatch(folded.AsSpan(span.Start + core.Length))
                && (TypedAfter().IsMatch(folded.AsSpan(span.Start + core.Length)) || DigitsOnlyNamed().IsMatch(gap)
                    || DigitsOnlyNamed().IsMatch(folded.AsSpan(Math.Max(0, match.Index - DigitsOnlyWindow), Math.Min(match.Index, DigitsOnlyWindow)))
                    || ((gap.TrimStart().StartsWith('は') || StillTheSame().IsMatch(gap)) && StatedAfter().IsMatch(folded.AsSpan(span.Start + core.Length))));
            var describedAsWritten = HowItIsWritten().IsMatch(gap) && core.Length >= MinStatedLength && StatedAfter().IsMatch(folded.AsSpan(span.Start + core.Length))
                && !IsOrdinaryWords(core.ToString());
            if ((LooksMadeUp(core) || typedDigits || describedAsWritten) && !Token.IsUrlOrEmail(core) && !lexicon.IsKnownHarmlessToken(core.ToString()))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, span.Start, core.Length));
            }
        }
    }

    /// <summary>
    /// The run up to a bracket it opens and does not close, where an aside begins (「家族のKindle（Paperwhite 第11世代）」): a name
    /// and the start of what is said about it, not one value.
    /// </summary>
    private static ReadOnlySpan<char> BeforeAnAside(ReadOnlySpan<char> run)
    {
        var open = run.IndexOf('(');
        return open > 0 && open + 1 < run.Length && char.IsAsciiLetter(run[open + 1]) && run[open..].IndexOf(')') < 0 ? run[..open] : run;
    }

    // 「パスワード数字だけなんです 19870427」「数字だけのパスワードにしてた 19850714」"password is digits only: 19870427": the digits
    // that follow are the password.
    private const string DigitsOnlyWords = @"数字(?:だけ|のみ)|(?<![a-z])(?:digits?|numbers?)\s+only|only\s+(?:digits|numbers)";

    [GeneratedRegex(DigitsOnlyWords, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DigitsOnlyNamed();

    private const int DigitsOnlyWindow = 8;

    // Each match's "value" is the password, as the pattern alone decides.
    private static void AddEachValue(Regex pattern, string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in pattern.Matches(folded))
        {
            var value = match.Groups["value"];
            findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, value.Length));
        }
    }

    // 「iPadのロック解除が 7 3 9 1 4 2 で、Amazonのパスワードも同じ数字にしてました」"my PIN is 4821 and my password is the same":
    // digits another lock opens with, and the password said to be the same.
    [GeneratedRegex(@"(?<![\d\-])(?<value>\d(?:[ \-]?\d){3,11})(?![\d\-])[^。\n]{0,40}?(?:パスワード|パス|ぱすわーど)(?:も|と)(?:同じ|一緒|おなじ)|(?<![\d\-])(?<value>\d(?:[ \-]?\d){3,11})(?![\d\-])[^.\n]{0,40}?(?<![a-z])(?:password|pw)\s+(?:is\s+)?(?:the\s+same|also\s+that)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DigitsThePasswordIsTheSameAs();

    // 「数字だけのパスワードにしてました。739150 です」: the password said to be digits only, then the digits as a sentence of their own.
    [GeneratedRegex(@"(?:" + DigitsOnlyWords + @")[^\n]{0,40}?[。.!！]\s*(?<value>\d{4,12})\s*(?:です|でした|だよ|だった|[。.!！]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DigitsInTheNextSentence();

    // A count or a date's part, not a value: 「2024年」「8桁」"12 characters".
    [GeneratedRegex(@"^\s*(?:年|月|日|時|分|秒|円|回|個|桁|文字|歳|人|%|(?:yen|years?|times|digits|characters|chars)(?![a-z]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();

    /// <summary>Digits only, as many as a typed PIN or a date used as a password has.</summary>
    private static bool IsTypedDigits(ReadOnlySpan<char> token) =>
        token.Length is >= MinStatedLength and <= MaxTypedDigits && token.IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>
    /// Letters and digits together (abcd1234, shiba_inu_2023), words joined by '_' (kotatsu_mikan), or opaque; not a version (v2.3.1),
    /// a code (E1001, 0x8007), a number, or an identifier of the sign-in itself (reset_password, access_token).
    /// </summary>
    private static bool LooksMadeUp(ReadOnlySpan<char> token) =>
        token.Length >= MinStatedLength
        && !VersionOrCode().IsMatch(token)
        && !NamedShape().IsMatch(token)
        && ((token.IndexOfAnyInRange('0', '9') >= 0 && token.ContainsAnyInRange('a', 'z') | token.ContainsAnyInRange('A', 'Z'))
            || TokenShape.Of(token) != Opacity.None
            || (JoinedWords().IsMatch(token) && !SignInIdentifier().IsMatch(token)));

    /// <summary>
    /// After 「パスワードは」 a product name may be what the sentence is about (「パスワードは iPhone15 で変えた」); after
    /// "password is", "changed my password to" or "password:" it is the value, so only the allow-listed words are left.
    /// </summary>
    // 「パスワードはSlackに貼らないで」: what follows is where a password goes (or must not), not what it is; 「… に変えた」 would be the value.
    [GeneratedRegex(@"^\s*[」』""']?\s*(?:に|へ|には|では|で)(?:は|も)?\s*(?:絶対(?:に)?|決して|なるべく)?\s*(?:貼|はら|はっ|書か|書い|書く|書き|送|保存|載せ|のせ|共有|メモ|残|置|上げ|アップ|投稿|流|晒|さら|入力しない|使わ)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceToPutIt();

    private bool IsHarmless(string value, bool japaneseTopic) =>
        japaneseTopic ? lexicon.IsKnownHarmlessToken(value) : lexicon.IsAllowListedWord(value);

    /// <summary>
    /// 「パスワードは firetv7391! です」「… って入れてる」: a copula or a verb of typing after it makes the word the value, even one
    /// that starts like a product's name; 「パスワードは iPhone15 で変えた」 stays a sentence about the phone.
    /// </summary>
    private static bool IsToldAsTheValue(string folded, int end)
    {
        var after = folded.AsSpan(end);
        return StatedAfter().IsMatch(after) || TypedAfter().IsMatch(after);
    }

    /// <summary>A second candidate after the stated one: 「X か Y」, "X or Y".</summary>
    private void AddAlternative(string folded, int after, List<SensitiveFinding> findings)
    {
        var match = Alternative().Match(folded, after);
        if (!match.Success)
        {
            return;
        }

        var value = match.Groups["value"];
        var span = Token.WithoutEnclosingQuotes(folded, value.Index, value.Length);
        var core = Token.Core(folded.AsSpan(span.Start, span.Length)).ToString();
        if (core.Length >= MinStatedLength && HasLetterOrDigit(core) && !IsOrdinaryWords(core) && !lexicon.IsKnownHarmlessToken(core))
        {
            findings.Add(new SensitiveFinding(SensitiveKind.Password, span.Start, span.Length));
        }
    }

    // A Windows path goes on after the space in a folder's name (C:\Users\…\Amazon Photos\2020): the rest of it is folders.
    private static bool IsRestOfAWindowsPath(string folded, int start, ReadOnlySpan<char> run)
    {
        if (run.IndexOf('\\') < 0)
        {
            return false;
        }

        var lineStart = folded.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        return WindowsPathRoot().IsMatch(folded.AsSpan(lineStart, start - lineStart));
    }

    [GeneratedRegex(@"(?<![A-Za-z])[A-Za-z]:\\[^\s]|\\\\[A-Za-z]", RegexOptions.CultureInvariant)]
    private static partial Regex WindowsPathRoot();

    // A masked value (********) is no password.
    private static bool HasLetterOrDigit(string value) => value.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || value.Any(char.IsAsciiLetter);

    // "wrong", "case-sensitive": ordinary words, alone or joined by hyphens, that follow "password is".
    private bool IsOrdinaryWords(string value) =>
        value.Split('-').All(lexicon.IsOrdinaryWordAfterPasswordPhrase);

    private void AddOpaqueTokens(string folded, List<SensitiveFinding> findings, bool namesPassword)
    {
        // What someone reads off an image check ("the picture shows 7HxK2p") is the picture's letters, unless a password is named too.
        if (Puzzle().IsMatch(folded) && !namesPassword)
        {
            return;
        }

        bool? aboutCredentials = null;
        foreach (var run in AsciiRun().EnumerateMatches(folded))
        {
            var text = folded.AsSpan(run.Index, run.Length);
            // A row exported from a password manager (site,address,password) is one run with an address in it: its fields are read one by one.
            if (run.Length < MinWeakLength || (Token.IsUrlOrEmail(text) && !IsRowOfFields(text)) || IsRestOfAWindowsPath(folded, run.Index, text))
            {
                continue;
            }

            foreach (var part in PartOfRun().EnumerateMatches(text))
            {
                var span = Token.WithoutEnclosingQuotes(folded, run.Index + part.Index, part.Length);
                var token = Token.Core(folded.AsSpan(span.Start, span.Length));
                if (Token.IsUrlOrEmail(token))
                {
                    continue;
                }

                var opacity = token.Length >= MinWeakLength ? TokenShape.Of(token) : Opacity.None;
                var isPassword = opacity switch
                {
                    Opacity.Strong => token.Length >= MinStrongLength || (aboutCredentials ??= CredentialContext().IsMatch(folded)),
                    Opacity.Weak => aboutCredentials ??= CredentialContext().IsMatch(folded),
                    _ => token.Length >= MinWeakLength
                        && (IsMixed(folded.AsSpan(span.Start, span.Length), namesPassword)
                            || (WordWithDigits().IsMatch(token) && !VersionOrCode().IsMatch(token) && !NamedBefore(folded, span.Start)))
                        && (aboutCredentials ??= CredentialContext().IsMatch(folded)),
                };
                if (isPassword && !lexicon.IsKnownHarmlessToken(token.ToString()) && !NamedShape().IsMatch(token) && !Token.IsJwtHeaderAlone(token)
                    && !NamedBefore(folded, span.Start))
                {
                    findings.Add(new SensitiveFinding(SensitiveKind.Password, span.Start, span.Length));
                }
            }
        }
    }

    // The words, misspelt and abbreviated as typed (パスワ-ド, ぱす, pasword, passwrod), then は, わ (は as heard),
    // が, a colon, '=', an arrow or a comma; in English "is"/"was", also after a clause ("the password I'm using is"), or a
    // question answered at once ("password? it's …", "password: it's …"), or the value set off by commas ("my pw, …, stopped working").
    [GeneratedRegex(
        @"(?:(?:" + JapanesePasswordWord + @"|(?:暗[証唱]番号|あんしょうばんごう)|合言葉|あいことば|アイコトバ|密码|密碼|비밀번호|(?<![a-z0-9])(?:" + EnglishPasswordWord + @"|pwd|pw|pass)(?=\s*[はわが]))\s*(?:\([^)]{1,12}\)\s*)?(?:(?<topic>は|わ|が|、|,)|" + Separator + @")|(?:" + JapanesePasswordWord + @"|暗証番号)(?<topic>を)|(?:パスワード|暗証番号|密码|비밀번호)\s*(?=[!-~])"
        + @"|(?<![a-z0-9])pass(?:\s+(?:that|which))?\s+(?:i|i'm|i've|we)(?:\s+[a-z]+){1,2}\s+(?:is|was)\b"
        + @"|(?<![a-z0-9])pass\s+(?:is|was)(?=\s+[""'“‘]?[!-~]*\d)"
        + @"|(?<![a-z0-9])pasu-?wa+-?-?do\s*(?:ha|wa|:)\s"
        // Chinese, Korean, Vietnamese, Indonesian and a few European words with their own "is" (Indonesian may leave it out: then,
        // as after a bare "pw", a word in small letters goes on with the sentence).
        + @"|(?:密码|密碼|口令)\s*(?:是|为|為)|비밀번호\s*(?:는|은)|(?<![a-z])(?:mật\s*khẩu(?:\s+(?:của\s+)?tôi)?\s+là|kata\s*sandi(?:\s*(?:saya|ku|nya))?(?:\s+(?:adalah|itu)|(?<bare>))|hasło\s+(?:to|jest)|пароль\s*(?:это|—|-)?)(?=\s)"
        + @"|(?<![a-z0-9])(?<!" + AboutThePassword + @")(?:" + EnglishPasswordWord + @"|passwort|kennwort|passcode|pwd|pw|secret|contrase(?:ñ|n)a|senha|wachtwoord|mot\s+de\s+passe)(?:(?:\s+(?:that|which))?\s+(?:i|i'm|i've|i\s+am|we|we're)(?:\s+[a-z]+){1,2}|\s+(?:for|on|of)\s+(?:my|our|the|his|her|their|this|that)(?:\s+[a-z]+){1,2})?(?:\s+(?:is|was|ist|es|est|é)(?:\s+(?:now|still|just|probably|maybe|likely|definitely|actually|currently|literally|basically|simply|really|honestly|seriously|always|obviously)){0,2}\b:?|(?<=pwd|pw)(?<bare>\s)(?!\s*[:=]))"
        + @"|(?<![a-z0-9])(?:(?:chang|set|reset|updat|switch)[a-z]*\s+(?:(?:my|the|our|a|it)\s+)?(?:new\s+)?(?:" + EnglishPasswordWord + @"|pw)|(?:" + EnglishPasswordWord + @"|pw)\s+(?:changed|set|reset|updated|switched))\s+to\b"
        + @"|(?<![a-z0-9])(?:" + EnglishPasswordWord + @"|passwort|kennwort|pwd|pw|pass|secret|token|api[_\-]?key|access[_\-]?key|contrase(?:ñ|n)a|senha|wachtwoord|mot\s+de\s+passe)s?[""']?\s*" + Separator
        + @"|(?<![a-z0-9])(?:" + EnglishPasswordWord + @"|pwd|pw)\s*[?,]\s*(?=(?:it|that)['’]?s\s|it\s+is\s)"
        + @"|(?<![a-z0-9])(?:my|our|the)\s+(?:(?:new|old|current)\s+)?(?:" + EnglishPasswordWord + @"|pwd|pw)\s*,\s*(?=[""'“‘]?[!-~]{4,40}?[""'”’]?\s*,))"
        + @"\s*(?:(?:it|that)['’]?s\s+|it\s+is\s+)?(?:[「『""'“‘(]\s*(?<value>[^「」『』""'“”‘’()\s]+)|(?<value>[!-~À-ÖØ-öø-ɏ]+))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedPassword();

    // What makes a weakly opaque token a password: the message is about typing it, logging in or passwords, about keeping it to
    // oneself ("police said dont share it", 「誰にも教えないで」), or tells what it was until it changed ("it was … until this morning") or that it is used everywhere ("that's what i use for everything").
    [GeneratedRegex(
        @"パスワード|(?:パス|ぱす)(?=\s*(?:は|が|って|わ|:|：))|(?:教え|言わ|共有し|送ら)(?:ないで|るな|ちゃだめ|ないように)|(?<![a-z])(?:don'?t|dont|do\s+not|never|not\s+to)\s+(?:share|tell|give|send)\s+(?:it|this|that|them|anyone|anybody)(?![a-z])|(?<![a-z])it\s+was\s+\S+\s+(?:until|till|before)\s|(?<![a-z])(?:that'?s|thats|it'?s)\s+what\s+(?:i|we)\s+(?:always\s+)?(?:use|used|type|typed|put)(?![a-z])|(?<![a-z])(?:i|we)\s+(?:always\s+)?use\s+(?:it\s+)?(?:for\s+(?:everything|every\s?thing|all)|everywhere)|暗証|ログイン|サインイン|入力|入れ|設定した(?:の|やつ)|打ち込|打っ|試|使おうと|使って(?:た|る|い)の|使って(?:た|る)(?:やつ|もの|奴)|使ってた(?:と思|はず|かも|気が)|いつもの(?:やつ|もの|奴)|使い回|使いまわ|(?<![a-z])reus(?:e|ed|ing)(?![a-z])|正しくは|で合って|であって(?:る|ます)|(?<![a-z])(?:retyp(?:e|ed|ing)|the\s+(?:right|correct)\s+one\s+is)(?![a-z])|使うの|打とうと|ためし|通らな|通りませ|弾かれ|はじかれ|登録|にして(?:まし)?た|にしてる|にしてい|(?<![a-z])(?:put\s+in|reset|set\s+it|changed\s+it)(?![a-z])|(?<![a-z])(?:pass\s?word|pass\s?phrase|passwort|passwd|pwd|pw|log[\s\-]?in|sign[\s\-]?in|typed|typing|entered|entering|tried|trying|type|enter|using|registered|sign\s?up|logging\s+in|signing\s+in|pass(?=\s+(?:is|was)\b))(?![a-z])|(?<![a-z_])reject(?:s|ed|ing)?\s+(?:it|my|the|that|this)(?![a-z])|(?<![a-z])locked\s+out(?![a-z])|" + MadeOfWords,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialContext();

    // A password word, then up to a few words that are not the value (no は / is / ':'), then an ASCII run.
    [GeneratedRegex(
        @"(?:" + JapanesePasswordWord + @"|暗証番号)(?:欄|入力欄)?(?<gap>(?:\s*\([^)]{1,12}\))?(?:[^!-~。！？\n]|\n(?!\n)){0,14}?)[「『""'“‘(]?(?<value>[!-~]+)"
        + @"|(?<![a-z0-9])(?:" + EnglishPasswordWord + @"|pw|pass(?!\s?(?:port|book|through|by|along|over|away|on|out)\b))(?:(?<gap>(?:\s+[a-z']+){0,2}?)\s+|(?<gap>[^!-~\s。！？\n]{1,8})\s*[:：=→]?\s*)[""'“‘(]?(?<value>(?-i:(?=[!-~]*[0-9A-Z!#$%&*+=?@^_~]))[!-~]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NearbyValue();

    [GeneratedRegex(@"(?<![a-z])(?:" + OtherThingWord + @")(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherThing();

    // Versions (17.2.1, v2.3), error and model codes (E1001, AUTH-4012, AADSTS50076, SM-G991B, 0x80070005, and a module's
    // name in capitals before a hex status: E_FAIL_0x80004005, NET-0x2ee7_1A), numbers.
    // A ticket's or an incident's id: capitals and six digits or more (RITM0045721, INC0012345). A model in capitals: CB400SF, GSX250R, TD173DRGX.
    [GeneratedRegex(@"^(?:[A-Za-z]*\s?v?\d+(?:\.\d+)+[a-z]?|[A-Z]{1,3}-?\d+[A-Z]{0,5}|[A-Z]{4,6}-\d{2,6}|[A-Z]{2,5}\d{6,}|0x[0-9a-f]+|(?:[A-Z]{1,8}[\-_])+0x[0-9a-fA-F]{2,8}(?:[\-_][0-9A-F]{1,4})*|[\d.,\-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionOrCode();

    // A number with its label (tel=09012345678, id:4821): the number is the other scanners' to judge.
    [GeneratedRegex(@"^[a-z]{1,12}[:=]\+?[\d\-]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledNumber();

    [GeneratedRegex(@"\G\s*(?:か|or|または|もしくは|それとも)\s*(?:[「『""'“‘(]\s*)?(?<value>[!-~]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Alternative();

    [GeneratedRegex(@"[!-~]+")]
    private static partial Regex AsciiRun();

    // Words said to be typed together ("Fuji san 1955 with no spaces", 「sora umi 77 スペースなし」): the rest of the password.
    // "my password is Blue Sky 88": capitalised words and digits running on to the end of the sentence are the rest of a passphrase.
    [GeneratedRegex(@"\G(?<rest>(?:[ \t]+(?!I\b)(?:[A-Z][a-z]*|\d+|[A-Z0-9!@#$%^&*_\-]+)){1,3})(?=[ \t]*(?:[.!?。]?[ \t]*$|[.!?。][ \t]))", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedWordsToTheEnd();

    [GeneratedRegex(
        @"\G(?<rest>(?:\s+[!-~]+?){1,5}?)\s*[,(]?\s*(?:with\s+no\s+spaces?|without\s+(?:the\s+|any\s+)?spaces?|no\s+spaces?|all\s+(?:in\s+)?one\s+word|all\s+together|スペース(?:なし|無し|は(?:なし|無し|入れない|入れず))|空白(?:なし|無し)|くっつけて|全部つなげて)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordsWithoutSpaces();

    // What describes a kind of password rather than telling one (「推測されにくいもの」「覚えやすい感じ」).
    [GeneratedRegex(@"(?:もの|こと|やつ|感じ|系|タイプ|ような|みたいな)$|にくい|やすい|されな|含む|含め|使え", RegexOptions.CultureInvariant)]
    private static partial Regex Description();

    // The rule a form writes after the word (「パスワード（6文字以上）」"password (8 characters or more)"): no value.
    [GeneratedRegex(@"^\d{1,2}\s*(?:文字|桁|characters?|chars?|digits?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LengthRule();

    // Mixed on its face yet a name or a number: a time (2:14am), a setting (ttl=247), an attribute of a page's markup (maxlength="1024"), a hex code (0x800F0922), a product named by a number and a word (1Password), a
    // measure (64GB, 5000mAh, 120Hz), an Amazon product's ASIN (B08N5WRWNW), an eSIM's activation address without its code
    // (LPA:1$rsp.example.jp$), a log's hex identifier (id=7f3a9c21e, request_id=…), a card statement's line (AMAZON.CO.JP*1R4QX22M0,
    // "AMZN Mktp JP*2K8RT91Q0", "AMZN Digital*RT4JH82X1": the merchant, a star, the charge's reference), a web address's path and
    // query pasted without its host (signin?openid.return_to=…, anything with two %-escapes), a firmware version (Ver.1.40), a shell's
    // prompt (pi@raspberrypi:~), a file's name with its extension (3DBenchy.stl, DSC_0421.NEF), a register's hex value (resp=0x00).
    // Case matters: 1Password is a name, 88takoyaki a made-up value.
    [GeneratedRegex(@"^(?:(?:No|NO|no)\.\d[\d\-/]*|(?:Ver|VER|ver)\.?\s?\d+(?:\.\d+)*[a-z]?|[a-z_][a-z0-9_\-]*@[A-Za-z0-9\-]+:[~/]\S*|[A-Za-z0-9_\-.]+\.(?i:stl|gcode|3mf|obj|jpe?g|png|gif|heic|nef|cr[23]|arw|raf|dng|orf|rw2|mp[34]|mov|avi|pdf|csv|xlsx?|docx?|pptx?|txt|zip|log|json|xml|ini|cfg|conf|yaml|yml|hex|bin|img|iso|apk|exe|msi|dmg|ino|py|js|ts|cs|sh|bat|ps1|html?|css|mkv|wav|flac|aac|psd|ai|svg|tiff?|epub|azw3?|mobi)|\d{1,2}:\d{2}(?::\d{2})?(?:am|pm|AM|PM)?|\d{1,2}(?:am|pm|AM|PM)|[a-z_]{1,16}=(?:[\d.]+(?:ms|s)?|0x[0-9a-fA-F]+)|[a-z][a-z\-]*=[""'].*|0[xX][0-9a-fA-F]+|#[0-9a-fA-F]{3,8}|\d{1,2}[A-Z][a-z]{3,}|\d+(?:\.\d+)?(?:[KMGT]B|mAh|[GM]?Hz|fps|inch|mm|cm|[KMGT]bps)|B0[0-9A-Z]{8}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?|(?:AMZN|AMAZON|AMZ|PRIME|MKTP|AUDIBLE|KINDLE)\*[A-Z0-9]{2,12}|(?:Amzn|Amazon|Digital|Mktp|Prime|Video|Music|Kindle|Audible|Marketplace|Retail|Svcs)\*[A-Z0-9]{4,12}|[A-Za-z0-9_./\-]*\?[a-z_.]{3,}=\S*|\S*%[0-9A-F]{2}\S*%[0-9A-F]{2}\S*|(?:[A-Z]{2,}\.)*[A-Z]{2,}\*[A-Z0-9]{4,12}|LPA:1\$[A-Za-z0-9.\-]+\$?|(?:[a-z]+_)?id=[0-9a-f\-]{4,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedShape();

    [GeneratedRegex(@"(?<![!-&(-~])[A-Z][a-z]{3,}[_\-.]?(?:19|20)?\d{2}(?:\d{2})?[!#$%&*?]*(?=['""”’]|(?![!-~]))", RegexOptions.CultureInvariant)]
    private static partial Regex NameWithAYear();

    // One character spelled: a letter or digit (with "as in Peter"), two small letters read together (mi), a symbol's name,
    // a letter's name or a digit in kana.
    private const string SpelledCharacter =
        @"(?:[A-Za-z0-9](?:\s+as\s+in\s+[A-Za-z]+)?|(?-i:[a-z]{2})|アンダーバー|アンダースコア|ハイフン|ドット|ピリオド|(?<![a-z])(?:underscore|hyphen|dash)|" + SpokenCharacters.KatakanaLetterNames + "|ゼロ|ぜろ|いち|に|さん|よん|ご|ろく|なな|はち|きゅう)";

    [GeneratedRegex(@"(?<![A-Za-z0-9ァ-ヺー])" + SpelledCharacter + @"(?:\s*[,、・]\s*" + SpelledCharacter + @"){5,}(?![A-Za-z0-9ァ-ヺー])|(?<![!-~])[A-Za-z0-9](?: [A-Za-z0-9]){5,}(?![A-Za-z0-9ァ-ヺー])|(?<![!-~])[A-Za-z0-9](?:-[A-Za-z0-9]){5,}(?![!-~])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpelledOut();

    // Letters read out by their katakana names, which the folding runs together when spaces stood between them
    // (「ケー オー ビー イー エイチ …」→ ケーオービーイーエイチ…), with number words after them.
    [GeneratedRegex(@"(?<![ァ-ヺー])(?:" + SpokenCharacters.KatakanaLetterNames + @"){6,}(?:ゼロ|ぜろ|いち|に|さん|よん|ご|ろく|なな|はち|きゅう)*(?![ァ-ヺー])", RegexOptions.CultureInvariant)]
    private static partial Regex LetterNamesRunTogether();

    // Also with hyphens ("P-o-c-h-i-2-0-1-0", as a value is read out letter by letter), the same mark between every two.
    [GeneratedRegex(@"(?<![!-~])[A-Za-z0-9](?: [A-Za-z0-9]){5,}|(?<![!-~])[A-Za-z0-9](?:-[A-Za-z0-9]){5,}(?![!-~])", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledWithSpaces();

    [GeneratedRegex(@"\s*\([^()\n]{0,24}(?:ローマ字|ろーまじ|ひらがな|カタカナ|小文字|大文字|全角|半角|読み|と読|(?<![a-z])(?:lower|upper)\s*case|all\s+(?:small|caps))[^()\n]{0,24}\)[\s。]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WritingAside();

    // Yes or a hedge, then one value, then at most a hedge: a short reply.
    [GeneratedRegex(
        @"^\s*(?:(?:はい|うん|ええ|たぶん|多分|おそらく|確か|たしか|もしかして|ひょっとして|んー|うーん|それです|これです|えっと|えーと|あ|え|えっ|いや|いや違った|違った|ちがった|違いました|間違えました|yes|yeah|yep|ok|okay|oh|ah|wait|no|no\s+wait|actually|sorry|maybe|probably|perhaps|i\s+think|i\s+remember(?:ed)?(?:\s+now)?|思い出し(?:た|ました)|it'?s|its|it\s+is|it\s+was|that'?s|that\s+would\s+be|try|tried|i'?ll\s+(?:just\s+)?(?:paste|type|give|send)\s+(?:it|you\s+it)(?:\s+here)?\s*:)[\s、,。.!！…]*){1,4}[「『""'“]?(?<value>[!-~]{6,}?)[」』""'”]?\s*(?:です|ですね|ですよ|でした|ですか|だと思います|だった|かな|かも|かと|じゃなかったっけ|じゃなかった\?|だっけ|だったっけ|だったかな|i\s+think|maybe|i\s+guess)?(?:[\s、,。.!！]*(?:sorry|すみません|ごめんなさい|thanks))?(?:\s*\([^()\n]{1,20}\))?(?:[\s。.!！?？…]*(?:\p{So}|\p{Cs})*\s*$|(?<=です|でした)\s*[。.!！]\s*[^\n]{1,80}$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortReply();

    private const int MaxTypedDigits = 12;

    // Digits told as the password after a description of them: 「パスワードは父の誕生日の 19470812 です」.
    // Also 「… 19870623 のままだった」: what it has stayed.
    [GeneratedRegex(@"^\s*(?:です|でした|だよ|だった|なんです|なんだ|だと思|のまま(?:だ|で|に|です|でした|$))")]
    private static partial Regex StatedAfter();

    // 「パスワードずっと 19870623 のままだった」「パスワード昔から … です」: how long it has been so, between the word and the value.
    [GeneratedRegex(@"^\s*(?:は|が|も)?\s*(?:ずっと|まだ|今も|いまも|昔から|前から|いまだに|未だに|変わらず|相変わらず|最初から)\s*$")]
    private static partial Regex StillTheSame();

    // 「パスワードはローマ字で okaasan-arigatou です」: how the value is written, then the value, whatever it looks like.
    [GeneratedRegex(@"^\s*(?:は|が)?\s*(?:[^!-~\n]{0,6}?)(?:ローマ字|ろーまじ|小文字|大文字|全角|半角|英語|英字|英数字?|アルファベット)(?:で|の)\s*$")]
    private static partial Regex HowItIsWritten();

    // A value told as what was typed or made the password: 「19520403って入れてます」「… と入力」「…の19870623にしてた」.
    [GeneratedRegex(@"^\s*(?:(?:って|と|を)\s*(?:入れ|入力|打)|に(?:して|した|設定|変更))")]
    private static partial Regex TypedAfter();

    private static ReadOnlySpan<char> ClosingQuotes => "\"'”’」』";

    // After a bare "pw", a word in lower case goes on with the sentence ("my pw stopped working"); a value has capitals, digits or marks.
    [GeneratedRegex(@"^(?:[a-z']+|\d{1,3}%)$", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseWord();

    // What follows "password is" or "pw" in a sentence about it: a participle, a negation, an adverb, a share ("is gone",
    // "was leaked", "pw doesn't work", "is 100% right"). Only lower-case words: a value typed with capitals or digits is kept.
    [GeneratedRegex(@"^(?:[a-z]{2,}(?:ed|n't|nt|ly|ing)|gone|never|last|done|over|\d{1,3}%)$", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinaryWordForm();

    // A word and digits, the commonest made-up password (kuroneko8, hiroshi0823, 88takoyaki, tomo77kitty).
    // Also words joined by '_', '-' or '.' and then digits (Puddle_Jump99, bluefin-harbor-42, ao.sora.77; one digit will do after
    // words joined by '_', as in mikan_no_ki7, which no file name or host name is; a few letters may end it, as in
    // tsubasa_1987kz), with a small letter
    // in them: capitals alone so joined are an error's or a constant's name (AUTH-4012, CS_LOGIN_BLOCKED_1009).
    [GeneratedRegex(@"^(?:[A-Za-z]{3,}\d{2,8}|[A-Za-z]{5,}\d|\d{2,4}[A-Za-z]{3,}|[A-Za-z]{2,}\d{2,}[A-Za-z]{2,}|(?=[^a-z]*[a-z])(?:[A-Za-z]{2,}(?:[_\-.][A-Za-z]{2,})*[_\-.]\d{2,8}(?:[A-Za-z]{1,4})?|[A-Za-z]{2,}(?:[_\-.][A-Za-z]{2,})*_[A-Za-z]{2,}\d|[A-Za-z]{2,}(?:[_\-.][A-Za-z]{2,})+\d{2,8}))$", RegexOptions.CultureInvariant)]
    private static partial Regex WordWithDigits();

    // A network's, a line's or a server's name: 「0000docomo のWi-Fi」「jp-tyo-wg-001 につないでます」"tokyo-04 server".
    [GeneratedRegex(@"^[!-~]+\s*の?\s*(?:Wi-?Fi|wifi|ネットワーク|SSID|network|router|ルーター|回線)|^[!-~]+\s*(?:に|へ)\s*(?:つない|繋い|つなが|繋が|接続)|^[!-~]+\s+(?:server|node|vpn)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NetworkAfter();

    // What names a token that is not the password: a user name, an ID, an account, a device or model, a network. "id" in small
    // letters is a word of its own ("so I did: …" names nothing); "AmazonID" in capitals is one run on.
    // Also what a reference or a puzzle is called: a return's or an inquiry's number, a ticket, a captcha.
    [GeneratedRegex(@"(?:(?-i:ID)|ユーザー?名?|ユーザーネーム|ニックネーム|アカウント名?|名義|機種|型番|モデル|端末|ネットワーク|SSID|受付番号|問い合わせ番号|お問い合わせ番号|管理番号|予約番号|予約コード|(?<![a-z])(?:booking|reservation)(?:\s+(?:reference|code|number|no\.?))?|(?<![a-z])pnr|伝票番号|注文番号|チケット(?:番号)?|インシデント(?:番号)?|案件番号|申請番号|社員番号|郵便番号|〒|画像認証|キャプチャ|user\s?(?:name|id)?|login\s?id|(?<![a-z])tag|タグ|gamertag|ゲーマータグ|battle\s?tag|フレンドコード|friend\s*code|(?<![a-z])id|account(?:\s+name)?|nick(?:name)?|handle|model|device|network|ssid|wi-?fi|router|server|サーバー?|version|build|reference|ref|ticket|case|order|tracking|captcha|rma|return|返品|返送|プロモーション(?:コード)?|クーポン(?:コード)?|割引コード|キャンペーンコード|promo(?:tion(?:al)?)?(?:\s*code)?|coupon(?:\s*code)?|discount\s*code|voucher\s*code)(?:\s*(?:番号|ナンバー|no\.?|number|id|#))?(?:の(?:文字列?|数字|英数字|コード))?\s*(?:は|が|:|=|#|、|is|was|→|says|shows|reads)?\s*(?:(?:no\.?|number)\s*)?(?:[「『""'“(]|[(（][^()（）\n]{1,12}?\s)?\s*$|(?<![a-z])(?:riot\s?id|battle\s?tag|discord)\s*(?:is|was|:|は)?\s*(?:[A-Za-z0-9_.\-]+\s+){1,3}$|(?<![a-z])(?:user\s?name|nick\s?name|handle|gamertag|login\s?id)\s+(?:on|for|at|in)\s+(?:the|my|a|that|our)\s+[a-z]+(?:\s+[a-z]+){0,2}\s+(?:is|was)\s*[""'“(]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameBefore();

    // Made-up words joined as people join them in passwords: kotatsu_mikan, shiba_inu, ringo-to-mikan (three words or more
    // with '-': two are ordinary English, case-sensitive, two-step).
    [GeneratedRegex(@"^(?:[a-z]{2,}(?:_[a-z]{2,})+|[a-z]{2,}(?:-[a-z]{2,}){2,}|[a-z]{2,}(?:\.[a-z]{2,}){2,}(?<!\.(?:com|net|org|jp|co|ne|or|ac|go|io|info|biz|me|app|dev|html?|php|js|exe|txt|pdf|png|jpg)))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinedWords();

    // Names a program gives the sign-in's own fields and steps: reset_password, access_token, user_id.
    [GeneratedRegex(@"pass|token|reset|login|logon|signin|sign_in|user|auth|session|key|error|code|mail|name|field|form|hash|secret|_id\b|^id_", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignInIdentifier();

    // Brackets, slashes and commas split a run: "2024/1/1(Mon)" is four parts, not one token.
    [GeneratedRegex(@"[^()\[\]{}<>/,]+")]
    private static partial Regex PartOfRun();
}
