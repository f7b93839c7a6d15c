using System.Buffers;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// How opaque an ASCII token is: whether it reads as words, numbers, versions and identifiers
/// joined by '-', '_', '.', '/', ':', '+' or '|' (iOS17.2.1, x86_64-Linux, TLS1.2-Error, 11th-Gen,
/// Hello-World2, 0x80070005, getElementById, charset=utf-8, a hex hash), or is made to be unguessable.
/// </summary>
internal static class TokenShape
{
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");
    private static readonly SearchValues<char> UpperHex = SearchValues.Create("0123456789ABCDEF");

    /// <summary>
    /// <see cref="Opacity.Weak"/>: a word broken by digits (p4ssw0rd, Passw0rd, Tr0ub4dor), or case
    /// changing every letter or two (dcLmNfs, ZwHzCqn), or a symbol such as '#', '$', '%', '&amp;', '*', '!' or
    /// '=' inside (pass#word). <see cref="Opacity.Strong"/>: a broken word with upper case (Passw0rd), choppy
    /// case with digits, or an inner symbol with digits (sakura#2024, Xk9#mP2qL7).
    /// </summary>
    public static Opacity Of(ReadOnlySpan<char> token)
    {
        bool upper = false, digit = false, innerSymbol = false, brokenWord = false, choppyCase = false;
        var segmentStart = 0;
        for (var i = 0; i <= token.Length; i++)
        {
            var c = i < token.Length ? token[i] : '-';
            upper |= char.IsAsciiLetterUpper(c);
            digit |= char.IsAsciiDigit(c);
            if (char.IsAsciiLetterOrDigit(c))
            {
                continue;
            }

            if (!IsJoiner(c) && i > 0 && i < token.Length - 1
                && char.IsAsciiLetterOrDigit(token[i - 1]) && char.IsAsciiLetterOrDigit(token[i + 1]))
            {
                innerSymbol = true;
            }

            var segment = token[segmentStart..i];
            brokenWord |= IsBrokenWord(segment);
            choppyCase |= IsChoppyCase(segment);
            segmentStart = i + 1;
        }

        if ((innerSymbol && digit) || (brokenWord && upper) || (choppyCase && digit))
        {
            return Opacity.Strong;
        }

        return brokenWord || choppyCase || innerSymbol ? Opacity.Weak : Opacity.None;
    }

    // '=' and ';' join settings (charset=utf-8); a stated password=… is the other rule's.
    private static bool IsJoiner(char c) => c is '-' or '_' or '.' or '/' or ':' or '+' or '|' or '\'' or ',' or '=' or ';';

    /// <summary>Letters, then digits, then lower-case letters again: a word with digits inside (not 11th, x86, iPhone15Pro, a hex number).</summary>
    private static bool IsBrokenWord(ReadOnlySpan<char> segment)
    {
        if (IsHex(segment))
        {
            return false;
        }

        for (var i = 1; i < segment.Length - 1; i++)
        {
            if (char.IsAsciiDigit(segment[i]) && char.IsAsciiLetter(segment[i - 1]))
            {
                var after = i;
                while (after < segment.Length && char.IsAsciiDigit(segment[after]))
                {
                    after++;
                }

                if (after < segment.Length && char.IsAsciiLetterLower(segment[after]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>At least two humps of an upper-case letter and one lower-case letter (dcLmNfs has Lm; ZwHz has Zw and Hz).</summary>
    private static bool IsChoppyCase(ReadOnlySpan<char> segment)
    {
        var shortHumps = 0;
        for (var i = 0; i + 1 < segment.Length; i++)
        {
            var previousIsUpper = i > 0 && char.IsAsciiLetterUpper(segment[i - 1]);
            var nextEnds = i + 2 >= segment.Length || !char.IsAsciiLetterLower(segment[i + 2]);
            if (char.IsAsciiLetterUpper(segment[i]) && !previousIsUpper && char.IsAsciiLetterLower(segment[i + 1]) && nextEnds)
            {
                shortHumps++;
            }
        }

        return shortHumps >= 2;
    }

    private static bool IsHex(ReadOnlySpan<char> segment)
    {
        var body = segment.StartsWith("0x") || segment.StartsWith("0X") ? segment[2..] : segment;
        return body.Length > 0 && (body.IndexOfAnyExcept(LowerHex) < 0 || body.IndexOfAnyExcept(UpperHex) < 0);
    }
}

/// <summary>How unlike words, numbers and identifiers a token is.</summary>
internal enum Opacity
{
    /// <summary>Reads as words, numbers, versions or identifiers.</summary>
    None,

    /// <summary>Made to be unguessable, perhaps: a password when something around it says so.</summary>
    Weak,

    /// <summary>Made to be unguessable: a password wherever it stands.</summary>
    Strong,
}
