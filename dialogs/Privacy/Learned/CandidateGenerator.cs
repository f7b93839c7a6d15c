using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy.Learned;

/// <summary>
/// Generous candidates for the learned judge, beyond what the scanners take: every ASCII token of four or more
/// characters, every run of digits (with the spaces and hyphens people group them by), every short quoted stretch
/// (「ねこのたまちゃん8さい」, a passphrase in Japanese), and an address spelled out in katakana (アット … ドット).
/// Whether one is a secret is the judge's to say.
/// </summary>
internal static partial class CandidateGenerator
{
    private const int MinTokenLength = 4;
    private const int MinDigits = 3;
    private const int MaxDigits = 12;

    public static void Add(string folded, List<SecretCandidate> candidates)
    {
        foreach (var run in AsciiPart().EnumerateMatches(folded))
        {
            var (start, length) = Token.WithoutEnclosingQuotes(folded, run.Index, run.Length);
            var core = Token.Core(folded.AsSpan(start, length));
            // An address typed with '@' is the email scanner's to judge (it knows the company's own domains).
            if (core.Length >= MinTokenLength && Token.CountDigits(core) != core.Length && !Token.IsEmail(core))
            {
                candidates.Add(new SecretCandidate(SensitiveKind.Password, start, core.Length, FromScanner: false));
            }
        }

        foreach (var run in DigitRun().EnumerateMatches(folded))
        {
            var digits = folded.AsSpan(run.Index, run.Length);
            var count = Token.CountDigits(digits);
            // A number dialled as a phone number is the phone scanner's to judge (it knows business and public numbers), and
            // 13 digits and more the card scanner's (an IMEI or a bank reference passes Luhn too): what is left is a code.
            if (count is >= MinDigits and <= MaxDigits && !IsDialled(digits, count))
            {
                candidates.Add(new SecretCandidate(SensitiveKind.SecurityCode, run.Index, run.Length, FromScanner: false));
            }
        }

        foreach (Match quoted in Quoted().Matches(folded))
        {
            var value = quoted.Groups["value"];
            if (!IsAscii(value.ValueSpan))
            {
                candidates.Add(new SecretCandidate(SensitiveKind.Password, value.Index, value.Length, FromScanner: false));
            }
        }

        foreach (var spelled in SpelledAddress().EnumerateMatches(folded))
        {
            candidates.Add(new SecretCandidate(SensitiveKind.EmailAddress, spelled.Index, spelled.Length, FromScanner: false));
        }
    }

    /// <summary>
    /// Letters only, capitalised at most at the start ("Amazon", "login"): a word. The judge learns from these (they are
    /// most of what is not a secret) but is not asked about them: it never finds one a secret, and English has many.
    /// </summary>
    public static bool IsPlainWord(ReadOnlySpan<char> token) =>
        token.IndexOfAnyExceptInRange('a', 'z') is var other && (other < 0 || (other == 0 && char.IsAsciiLetterUpper(token[0]) && token[1..].IndexOfAnyExceptInRange('a', 'z') < 0));

    private static bool IsDialled(ReadOnlySpan<char> run, int count) => run[0] is '+' or '0' && count >= 10;

    private static bool IsAscii(ReadOnlySpan<char> text) => text.IndexOfAnyExceptInRange(' ', '~') < 0;

    // Brackets, slashes and commas split a run, as for the password scanner.
    [GeneratedRegex(@"[^\s()\[\]{}<>/,\u0080-\uFFFF]+")]
    private static partial Regex AsciiPart();

    [GeneratedRegex(@"(?<![0-9A-Za-z])\+?\d(?:[\d]|[\s\-.](?=\d)){2,24}(?![0-9A-Za-z])")]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"[「『""“](?<value>[^「」『』""“”\n]{3,30})[」』""”]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[!-~]+\s*(?:アット|あっと|@)\s*[!-~ァ-ヶー]+?\s*(?:ドット|どっと)\s*[!-~ァ-ヶー]+")]
    private static partial Regex SpelledAddress();
}
