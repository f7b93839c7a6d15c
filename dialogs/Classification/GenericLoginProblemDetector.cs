using System.Text.RegularExpressions;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Classification;

/// <summary>
/// Spots a bare "I can't log in" that names no cause («Amazonにログインできません», "cant log in"), so the
/// conversation asks which of the four problems it is instead of trusting the classifier's guess.
/// </summary>
internal sealed class GenericLoginProblemDetector
{
    private readonly string[] _loginPhrases;
    private readonly string[] _substringFillers;
    private readonly Regex? _wordFillers;
    private readonly int _maxRemainingCharacters;

    public GenericLoginProblemDetector(GenericLoginContent content)
    {
        _loginPhrases = NormalizeLongestFirst(content.LoginPhrases);
        var fillers = NormalizeLongestFirst(content.Fillers);

        // Latin fillers ("i", "my", "to") must match whole words, or they would eat letters out of real words;
        // the edges are "no Latin letter" rather than \b because «amazonに» has no word break before «に».
        var latin = fillers.Where(IsLatinWord).ToArray();
        _substringFillers = fillers.Except(latin).ToArray();
        _wordFillers = latin.Length == 0
            ? null
            : new Regex($"(?<![a-z])(?:{string.Join('|', latin.Select(Regex.Escape))})(?![a-z])", RegexOptions.CultureInvariant);
        _maxRemainingCharacters = content.MaxRemainingCharacters;
    }

    public static GenericLoginProblemDetector FromEmbeddedContent() => new(GenericLoginContent.LoadEmbedded());

    /// <summary>True when the text says it cannot log in, whatever else it says.</summary>
    public bool MentionsLoginProblem(string? text) => Read(text).MentionsLoginProblem;

    /// <summary>True when the text says it cannot log in and, apart from filler, nothing else.</summary>
    public bool IsGenericLoginProblem(string? text) => Read(text).IsGeneric;

    /// <summary>Both answers from one pass over the normalised text (the understanding step asks for both every message).</summary>
    public (bool MentionsLoginProblem, bool IsGeneric) Read(string? text)
    {
        var remainder = FoldPunctuation(TextNormalizer.Normalize(text));
        var saysCannotLogIn = false;
        foreach (var phrase in _loginPhrases)
        {
            if (remainder.Contains(phrase, StringComparison.Ordinal))
            {
                saysCannotLogIn = true;
                remainder = remainder.Replace(phrase, " ", StringComparison.Ordinal);
            }
        }

        if (!saysCannotLogIn)
        {
            return (false, false);
        }

        if (_wordFillers is not null)
        {
            remainder = _wordFillers.Replace(remainder, " ");
        }

        foreach (var filler in _substringFillers)
        {
            remainder = remainder.Replace(filler, " ", StringComparison.Ordinal);
        }

        return (true, remainder.Count(char.IsLetterOrDigit) <= _maxRemainingCharacters);
    }

    private static string[] NormalizeLongestFirst(IEnumerable<string> phrases) =>
        phrases.Select(phrase => FoldPunctuation(TextNormalizer.Normalize(phrase)))
            .Where(phrase => phrase.Length > 0)
            .Distinct()
            .OrderByDescending(phrase => phrase.Length)
            .ToArray();

    // "can't", "can’t" and "cant", "sign-in" and "sign in" are all typed; the content lists the plain form.
    private static string FoldPunctuation(string text) =>
        text.Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal).Replace('-', ' ');

    private static bool IsLatinWord(string filler) => filler.All(char.IsAsciiLetterLower);
}
