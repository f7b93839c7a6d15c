using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// A password as voice dictation writes it after "password is": letters with "capital", digits one by one and symbols by
/// name ("capital T tigerlily 8 8 exclamation point"). Words alone are a sentence ("my password is wrong again"); a capital
/// letter named or a symbol named makes them a value read out.
/// </summary>
internal sealed partial class PasswordScanner
{
    private static void AddDictated(string folded, List<SensitiveFinding> findings)
    {
        foreach (Match match in Dictated().Matches(folded))
        {
            var value = match.Groups["value"];
            // A symbol named is enough; a capital named needs a digit beside it ("capital S sunflower 7 7 7").
            if (SymbolNamed().IsMatch(value.ValueSpan) || (CapitalNamed().IsMatch(value.ValueSpan) && value.ValueSpan.ContainsAnyInRange('0', '9')))
            {
                findings.Add(new SensitiveFinding(SensitiveKind.Password, value.Index, value.Length));
            }
        }
    }

    private const string DictatedSymbol =
        @"exclamation\s+(?:point|mark)|at\s+(?:sign|mark)|dollar\s+sign|hash(?:\s*(?:tag|sign))?|pound\s+sign|underscore|hyphen|dash|asterisk|ampersand|percent\s+sign|question\s+mark";

    // One dictated piece: a named capital or small letter, a symbol by name, a digit, or a word; the words that carry a
    // sentence on ("and it fails", "but") end the value.
    private const string DictatedPiece =
        @"(?:(?:capital|upper\s*case|lower\s*case|small)\s+[a-z](?![a-z])|" + DictatedSymbol + @"|\d|(?!(?:and|but|or|it|i|the|that|which|so|then|still|with|no|not|is|was|doesn't|don't|isn't|wasn't|please|thanks)(?![a-z']))[a-z]+)";

    [GeneratedRegex(
        @"(?<![a-z])(?:" + EnglishPasswordWord + @"|pw|passcode|pass\s?phrase)\s+(?:is|was)\s*:?\s+(?<value>" + DictatedPiece + @"(?:\s+" + DictatedPiece + @"){2,12})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dictated();

    [GeneratedRegex(@"(?<![a-z])(?:capital|upper\s*case|lower\s*case)\s+[a-z](?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CapitalNamed();

    [GeneratedRegex(@"(?<![a-z])(?:" + DictatedSymbol + @")(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SymbolNamed();
}
