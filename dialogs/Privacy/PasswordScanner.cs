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

    private const string JapanesePasswordWord = @"(?:パス|ぱす)(?:[ワわ][ーｰ\-−~〜]?[ドど])?";
    private const string EnglishPasswordWord = @"pas{1,2}\s?(?:word|wrod|owrd|wrd|wod)";
    private const int MinStrongLength = 8;
    private const int MinWeakLength = 6;
    private const int MinCharacterClasses = 3;

    public void Scan(string folded, List<SensitiveFinding> findings)
    {
        var before = findings.Count;
        AddStatedPasswords(folded, findings);
        if (findings.Count == before && LoneToken(folded) is { } lone)
        {
            findings.Add(lone);
            return;
        }

        AddOpaqueTokens(folded, findings);
    }

    private SensitiveFinding? LoneToken(string folded)
    {
        var offset = folded.Length - folded.AsSpan().TrimStart().Length;
        var trimmed = folded.AsSpan().Trim().TrimEnd("。");
        var (start, length) = Token.WithoutEnclosingQuotes(folded, offset, trimmed.Length);
        var token = folded.AsSpan(start, length);
        if (length < MinWeakLength || token.IndexOfAnyExceptInRange('!', '~') >= 0 || Token.IsUrlOrEmail(token)
            || lexicon.IsKnownHarmlessToken(Token.Core(token).ToString()))
        {
            return null;
        }

        var opaque = TokenShape.Of(Token.Core(token)) != Opacity.None || IsMixed(token);
        return opaque ? new SensitiveFinding(SensitiveKind.Password, start, length) : null;
    }

    /// <summary>Digits and two of lower case, upper case and symbols, in one piece (Password123, Natsu2023!!; not iOS17.2.1).</summary>
    private static bool IsMixed(ReadOnlySpan<char> token) =>
        Token.CharacterClasses(token) >= MinCharacterClasses && Token.CountDigits(token) > 0 && !Token.HasJoiner(Token.Core(token))
        && !NamedShape().IsMatch(Token.Core(token));

    private void AddStatedPasswords(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in StatedPassword().Matches(folded))
        {
            var value = match.Groups["value"];
            var span = Token.WithoutEnclosingQuotes(folded, value.Index, value.Length);
            var core = Token.Core(folded.AsSpan(span.Start, span.Length)).ToString();
            if (core.Length >= MinStatedLength
                && HasLetterOrDigit(core)
                && !Token.IsEmail(core)
                && !IsOrdinaryWords(core)
                && !lexicon.IsKnownHarmlessToken(core))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, span.Start, span.Length));
                AddAlternative(folded, value.Index + value.Length, findings);
            }
        }
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

    // A masked value (********) is no password.
    private static bool HasLetterOrDigit(string value) => value.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || value.Any(char.IsAsciiLetter);

    // "wrong", "case-sensitive": ordinary words, alone or joined by hyphens, that follow "password is".
    private bool IsOrdinaryWords(string value) =>
        value.Split('-').All(lexicon.IsOrdinaryWordAfterPasswordPhrase);

    private void AddOpaqueTokens(string folded, List<SensitiveFinding> findings)
    {
        bool? aboutCredentials = null;
        foreach (var run in AsciiRun().EnumerateMatches(folded))
        {
            var text = folded.AsSpan(run.Index, run.Length);
            if (run.Length < MinWeakLength || Token.IsUrlOrEmail(text))
            {
                continue;
            }

            foreach (var part in PartOfRun().EnumerateMatches(text))
            {
                var span = Token.WithoutEnclosingQuotes(folded, run.Index + part.Index, part.Length);
                var token = Token.Core(folded.AsSpan(span.Start, span.Length));
                var opacity = token.Length >= MinWeakLength ? TokenShape.Of(token) : Opacity.None;
                var isPassword = opacity switch
                {
                    Opacity.Strong => token.Length >= MinStrongLength || (aboutCredentials ??= CredentialContext().IsMatch(folded)),
                    Opacity.Weak => aboutCredentials ??= CredentialContext().IsMatch(folded),
                    _ => token.Length >= MinWeakLength && IsMixed(folded.AsSpan(span.Start, span.Length))
                        && (aboutCredentials ??= CredentialContext().IsMatch(folded)),
                };
                if (isPassword && !lexicon.IsKnownHarmlessToken(token.ToString()))
                {
                    findings.Add(new SensitiveFinding(SensitiveKind.Password, span.Start, span.Length));
                }
            }
        }
    }

    // The words, misspelt and abbreviated as typed (パスワ-ド, ぱす, pasword, passwrod), then は, わ (は as heard),
    // が, a colon, '=', an arrow or a comma; in English "is"/"was", also after a clause ("the password I'm using is").
    [GeneratedRegex(
        @"(?:(?:" + JapanesePasswordWord + @"|暗証番号|合言葉|密码|密碼|비밀번호)\s*(?:\([^)]{1,12}\)\s*)?(?:は|わ|が|:|=|→|、|,)|(?:" + JapanesePasswordWord + @"|暗証番号)を|(?:パスワード|暗証番号|密码|비밀번호)\s*(?=[!-~])"
        + @"|(?<![a-z0-9])(?:" + EnglishPasswordWord + @"|passwort|kennwort|passwd|passcode|pwd|pw|secret|contrase(?:ñ|n)a|senha|wachtwoord|mot\s+de\s+passe)(?:(?:\s+(?:that|which))?\s+(?:i|i'm|i've|i\s+am|we|we're)(?:\s+[a-z]+){1,2})?(?:\s+(?:is|was|ist|es|est|é)(?:\s+(?:now|still|just))?\b|(?<=pwd|pw)\s(?!\s*[:=]))"
        + @"|(?<![a-z0-9])(?:" + EnglishPasswordWord + @"|passwort|kennwort|passwd|pwd|pw|pass|secret|token|api[_\-]?key|access[_\-]?key|contrase(?:ñ|n)a|senha|wachtwoord|mot\s+de\s+passe)\s*[:=])\s*(?:[「『""'“‘(]\s*)?(?<value>[!-~]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedPassword();

    // What makes a weakly opaque token a password: the message is about typing it, logging in, or passwords.
    [GeneratedRegex(
        @"パスワード|暗証|ログイン|サインイン|入力|入れ|打ち込|打っ|(?<![a-z])(?:pass\s?word|passwort|passwd|pwd|pw|log\s?in|sign\s?in|typed|entered|tried|type|enter|using)(?![a-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialContext();

    [GeneratedRegex(@"\G\s*(?:か|or|または|もしくは|それとも)\s*(?:[「『""'“‘(]\s*)?(?<value>[!-~]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Alternative();

    [GeneratedRegex(@"[!-~]+")]
    private static partial Regex AsciiRun();

    // Mixed on its face yet a name or a number: a hex code (0x800F0922), a product named by a number and a word (1Password).
    [GeneratedRegex(@"^(?:0x[0-9a-f]+|\d{1,2}[A-Z][a-z]{3,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedShape();

    // Brackets, slashes and commas split a run: "2024/1/1(Mon)" is four parts, not one token.
    [GeneratedRegex(@"[^()\[\]{}<>/,]+")]
    private static partial Regex PartOfRun();
}
