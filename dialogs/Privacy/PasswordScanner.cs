using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Passwords, by two rules:
/// <list type="number">
/// <item>Stated: a password word followed by the value (「パスワードは Abc12345」「パスワード:xxxx」
/// 「パスワードをabcd1234に変更」「暗証番号は xxxx」"my password is hunter22", "password: xxxx",
/// "pw xxxx"). The value is the run of ASCII characters after the separator, at least 4 long,
/// and not an ordinary word that follows such phrases ("my password is wrong"); Japanese text
/// is never a value, so 「パスワードを忘れました」 is not a password.</item>
/// <item>Looks like one: a single token of 8 or more ASCII characters mixing at least three of
/// lower case, upper case, digits and symbols. '-', '.' and '_' do not count as symbols, since
/// they join ordinary words and product codes (SM-G991B, COVID-19, taro.yamada). URLs, domains
/// (amazon.co.jp/…), email addresses and allow-listed product names (iPhone15Pro, Windows11;
/// see <c>Content/Lexicon/not-secrets.json</c>) are not passwords.</item>
/// </list>
/// </summary>
internal sealed partial class PasswordScanner(NotSecretsLexicon lexicon) : ISensitiveScanner
{
    private const int MinStatedLength = 4;
    private const int MinTokenLength = 8;
    private const int MinCharacterClasses = 3;

    public void Scan(string folded, List<SensitiveFinding> findings)
    {
        AddStatedPasswords(folded, findings);
        AddPasswordLikeTokens(folded, findings);
    }

    private void AddStatedPasswords(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in StatedPassword().Matches(folded))
        {
            var value = match.Groups["value"];
            var span = Token.WithoutEnclosingQuotes(folded, value.Index, value.Length);
            var core = Token.Core(folded.AsSpan(span.Start, span.Length)).ToString();
            if (core.Length >= MinStatedLength
                && !core.Contains('@')
                && !lexicon.IsOrdinaryWordAfterPasswordPhrase(core)
                && !lexicon.IsKnownHarmlessToken(core))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, span.Start, span.Length));
            }
        }
    }

    private void AddPasswordLikeTokens(string folded, List<SensitiveFinding> findings)
    {
        foreach (var run in AsciiRun().EnumerateMatches(folded))
        {
            var text = folded.AsSpan(run.Index, run.Length);
            if (run.Length < MinTokenLength || Token.IsUrlOrEmail(text))
            {
                continue;
            }

            foreach (var part in PartOfRun().EnumerateMatches(text))
            {
                var span = Token.WithoutEnclosingQuotes(folded, run.Index + part.Index, part.Length);
                var token = Token.TrimSentencePunctuation(folded.AsSpan(span.Start, span.Length));
                if (token.Length >= MinTokenLength
                    && Token.CharacterClasses(token) >= MinCharacterClasses
                    && !lexicon.IsKnownHarmlessToken(token.ToString()))
                {
                    findings.Add(new SensitiveFinding(SensitiveKind.Password, span.Start, span.Length));
                }
            }
        }
    }

    [GeneratedRegex(
        @"(?:(?:パスワード|暗証番号|パス)\s*(?:は|:|=|→)|パスワードを|(?<![a-z])(?:pass\s?word|passwd|passcode|pwd|pw)(?:\s*[:=]|\s+(?:is|was)\b|(?<=pwd|pw)\s)|(?<![a-z])pass\s*[:=])\s*(?:[「『""'“‘(]\s*)?(?<value>[!-~]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedPassword();

    [GeneratedRegex(@"[!-~]+")]
    private static partial Regex AsciiRun();

    // Brackets, slashes and commas split a run: "2024/1/1(Mon)" is four parts, not one token.
    [GeneratedRegex(@"[^()\[\]{}<>/,]+")]
    private static partial Regex PartOfRun();
}
