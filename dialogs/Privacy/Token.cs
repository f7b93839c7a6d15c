using System.Buffers;
using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>Helpers for looking at one ASCII token of user text.</summary>
internal static partial class Token
{
    private static readonly SearchValues<char> OpeningQuotes = SearchValues.Create("\"'“‘「『(");
    private static readonly SearchValues<char> ClosingQuotes = SearchValues.Create("\"'”’」』)");

    /// <summary>
    /// The span without quotes or brackets around it (they are not part of the secret), nor a sentence's mark outside the closing
    /// quote ("error code 'CVF-4102'."), nor a Japanese sentence's 「？」 or 「！」 run into it by the folding («仕様ですか？1Password»).
    /// </summary>
    public static (int Start, int Length) WithoutEnclosingQuotes(string text, int start, int length)
    {
        if (length > 1 && start > 0 && text[start] is '?' or '!' && text[start - 1] > '\x7f')
        {
            start++;
            length--;
        }

        while (length > 0 && OpeningQuotes.Contains(text[start]))
        {
            start++;
            length--;
        }

        while (length > 0 && (ClosingQuotes.Contains(text[start + length - 1])
            || (length > 1 && SentenceMarks.Contains(text[start + length - 1]) && ClosingQuotes.Contains(text[start + length - 2]))))
        {
            length--;
        }

        return (start, length);
    }

    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(".,!?;:");

    /// <summary>The token without a sentence's '.', ',', ':' or ';' after it ("Windows11." is "Windows11").</summary>
    public static ReadOnlySpan<char> TrimSentencePunctuation(ReadOnlySpan<char> token) => token.TrimEnd(".,:;");

    /// <summary>The token without any trailing punctuation, for comparing with words ("wrong." is "wrong").</summary>
    public static ReadOnlySpan<char> Core(ReadOnlySpan<char> token)
    {
        var core = token.TrimEnd(".,!?;:");
        // A closing bracket with no opening one in the token closes the words around it: 「（Logicool K380）で打って」; an opening one
        // at its end opens an aside about it: 「19850623(誕生日)です」.
        if (core.Length > 1 && core[^1] == ')' && core.IndexOf('(') < 0)
        {
            return core[..^1].TrimEnd(".,!?;:");
        }

        return core.Length > 1 && core[^1] == '(' && core.IndexOf(')') < 0 ? core[..^1].TrimEnd(".,!?;:") : core;
    }

    /// <summary>How many of lower case, upper case, digit and symbol the token mixes ('-', '.', '_' are not symbols).</summary>
    public static int CharacterClasses(ReadOnlySpan<char> token)
    {
        bool lower = false, upper = false, digit = false, symbol = false;
        foreach (var c in token)
        {
            lower |= char.IsAsciiLetterLower(c);
            upper |= char.IsAsciiLetterUpper(c);
            digit |= char.IsAsciiDigit(c);
            symbol |= c is not ('-' or '.' or '_') && IsAsciiSymbol(c);
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    /// <summary>Whether the token joins parts with '-', '.', '_', '/' or ':' (x86_64-Linux, iOS17.2.1).</summary>
    private const int MaxTypoEdits = 2;

    /// <summary>
    /// Two spellings of one value a typo apart (at most two characters added, dropped or changed: "Kx7-marbel-Fern" for
    /// "Kx7-marble-Fern"): what a person correcting what they typed writes side by side.
    /// </summary>
    public static bool DiffersByATypo(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.SequenceEqual(second) || Math.Abs(first.Length - second.Length) > MaxTypoEdits)
        {
            return false;
        }

        Span<int> previous = stackalloc int[second.Length + 1];
        Span<int> current = stackalloc int[second.Length + 1];
        for (var j = 0; j <= second.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= first.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= second.Length; j++)
            {
                var changed = previous[j - 1] + (first[i - 1] == second[j - 1] ? 0 : 1);
                current[j] = Math.Min(changed, Math.Min(previous[j], current[j - 1]) + 1);
            }

            current.CopyTo(previous);
        }

        return previous[second.Length] <= MaxTypoEdits;
    }

    public static bool HasJoiner(ReadOnlySpan<char> token) => token.IndexOfAny("-._/:") >= 0;

    public static int CountDigits(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A URL, a domain, an address, a URL's query string (?action=…&amp;lang=ja), a path with its query (ap/signin?openid.mode=…) or a file path (C:\Users\…, Content\B0CX_EBOK.azw).</summary>
    public static bool IsUrlOrEmail(ReadOnlySpan<char> run) =>
        IsEmail(run) || UrlOrDomain().IsMatch(run) || QueryOrPath().IsMatch(run);

    /// <summary>
    /// A web token's header alone (eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9 is {"alg":"RS256","typ":"JWT"}): it names the algorithm
    /// and is the same for everyone; the token's secret parts come after its dots.
    /// </summary>
    public static bool IsJwtHeaderAlone(ReadOnlySpan<char> token)
    {
        if (!token.StartsWith("eyJ", StringComparison.Ordinal) || token.Contains('.') || token.Length > MaxJwtHeaderLength)
        {
            return false;
        }

        var base64 = token.ToString().Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        Span<byte> bytes = stackalloc byte[MaxJwtHeaderLength];
        return Convert.TryFromBase64String(base64, bytes, out var written)
            && System.Text.Encoding.UTF8.GetString(bytes[..written]).Contains("\"alg\"", StringComparison.Ordinal);
    }

    private const int MaxJwtHeaderLength = 256;

    /// <summary>A value shown masked, a letter or two and the rest stars or dots (P*********, ab●●●●●●): nothing of it to keep out.</summary>
    public static bool IsMostlyMasked(ReadOnlySpan<char> token)
    {
        var masked = 0;
        foreach (var c in token)
        {
            masked += c is '*' or '●' or '•' or '＊' ? 1 : 0;
        }

        return masked >= MinMaskedCharacters && masked * 2 > token.Length;
    }

    private const int MinMaskedCharacters = 4;

    /// <summary>Whether an '@' is followed by a domain ("p@ssw0rd" is no address).</summary>
    public static bool IsEmail(ReadOnlySpan<char> run) => run.Contains('@') && EmailDomain().IsMatch(run);

    private static bool IsAsciiSymbol(char c) =>
        c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    [GeneratedRegex(
        @"^[(「『""']?(?:[a-z][a-z0-9+.\-]*://|www\.|(?:[a-z0-9\-]+\.)+[a-z]{2,24}(?:[/:?#]|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlOrDomain();

    [GeneratedRegex(@"^[(「『""']?(?:[?&][a-z0-9_\-]+=|[a-z0-9_\-.]*/[a-z0-9_\-./]*\?[a-z0-9_\-.]+=|[a-z]:\\|\\\\|%[a-z]+%\\)|[a-z0-9_\-]=[^&\s]*&[a-z0-9_\-]+=|\\[^\\\s]+\\|\\[^\\\s]+\.[a-z0-9]{2,5}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QueryOrPath();

    [GeneratedRegex(@"@[a-z0-9\-]+\.[a-z0-9]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailDomain();
}
