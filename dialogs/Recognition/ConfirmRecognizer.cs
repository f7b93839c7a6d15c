using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Recognition;

/// <summary>
/// Recognises yes and no in Japanese and English as people type them (word lists in
/// Content/Lexicon/confirm.json), whatever the width, kana or case.
/// </summary>
/// <remarks>
/// Rule: after leading fillers (えっと, um) are dropped, the longest yes or no word the answer starts
/// with decides. A yes word immediately followed by a negation ("大丈夫じゃない", "ok not really") is no;
/// a yes word with a negation later ("はい、でもまだできません") is ambiguous and not recognised, so the
/// prompt asks again. Words like できない are listed as no in their own right, so "でき" in them never
/// counts as yes.
/// </remarks>
internal sealed class ConfirmRecognizer : IConfirmRecognizer
{
    private readonly LexiconWords _yes;
    private readonly LexiconWords _no;
    private readonly LexiconWords _negations;
    private readonly LexiconWords _fillers;

    internal ConfirmRecognizer(IReadOnlyDictionary<string, LexiconWords> lexicon)
    {
        _yes = lexicon["yes"];
        _no = lexicon["no"];
        _negations = lexicon["negations"];
        _fillers = lexicon["fillers"];
    }

    /// <summary>Loads the recogniser over the shipped word lists (Content/Lexicon/confirm.json); registered once by AddSupportDialogs.</summary>
    public static ConfirmRecognizer LoadEmbedded() => new(LexiconContent.Load("confirm.json"));

    /// <summary>True for yes, false for no, null when the answer is neither or ambiguous.</summary>
    public bool? Recognize(string? utterance)
    {
        var text = DropFillers(UtteranceText.Clean(utterance));
        if (text.Length == 0)
        {
            return null;
        }

        var yes = LongestLeadingWord(_yes, text);
        var no = LongestLeadingWord(_no, text);
        if (no is not null && (yes is null || no.Length >= yes.Length))
        {
            return false;
        }

        if (yes is null)
        {
            return null;
        }

        var rest = text[yes.Length..].TrimStart();
        if (LongestLeadingWord(_negations, rest) is null)
        {
            // "はい、問題ないです": a second yes word may itself contain a negation.
            while (LongestLeadingWord(_yes, rest) is { } nextYes)
            {
                rest = rest[nextYes.Length..].TrimStart();
            }
        }

        if (LongestLeadingWord(_negations, rest) is not null)
        {
            return false;
        }

        return ContainsNegation(rest) ? null : true;
    }

    private static string? LongestLeadingWord(LexiconWords words, string text)
        => words.All.FirstOrDefault(word => UtteranceText.StartsWithWord(text, word));

    private bool ContainsNegation(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (UtteranceText.IsBoundary(text, i) && LongestLeadingWord(_negations, text[i..]) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private string DropFillers(string text)
    {
        string? filler;
        while ((filler = LongestLeadingWord(_fillers, text)) is not null)
        {
            text = text[filler.Length..].TrimStart();
        }

        return text;
    }
}
