using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Recognition;

/// <summary>
/// Finds which choice an answer names, in this order: the exact value, title or a synonym; a number or
/// ordinal that is all the answer says ("2", "２番", "二つ目", "the second one"); the best partial match
/// of a title (see <see cref="PartialChoiceMatcher"/>), only when no other choice matches as well.
/// </summary>
internal sealed class ChoiceRecognizer : IChoiceRecognizer
{
    private readonly LexiconWords _ordinalFillers;

    internal ChoiceRecognizer(IReadOnlyDictionary<string, LexiconWords> lexicon)
    {
        _ordinalFillers = lexicon["ordinalFillers"];
    }

    /// <summary>Loads the recogniser over the shipped word lists (Content/Lexicon/choice.json); registered once by AddSupportDialogs.</summary>
    public static ChoiceRecognizer LoadEmbedded() => new(LexiconContent.Load("choice.json"));

    /// <summary>The choice named by <paramref name="utterance"/>, or null when none or several match equally.</summary>
    public FoundChoice? Recognize(string? utterance, IList<Choice> choices)
    {
        if (RecognizeExactly(utterance, choices) is { } exact)
        {
            return exact;
        }

        var text = UtteranceText.Clean(utterance);
        return text.Length == 0 || choices.Count == 0
            ? null
            : PartialChoiceMatcher.BestMatch(text, choices, [.. choices.Select(CandidatesOf)]);
    }

    /// <summary>
    /// The choice the whole of <paramref name="utterance"/> names (its value, title or a synonym, or its number
    /// or ordinal), or null. No partial matching: 「わからない」 is not the button 「登録メールアドレスがわからない」.
    /// </summary>
    public FoundChoice? RecognizeExactly(string? utterance, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = UtteranceText.Clean(utterance);
        if (text.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var candidates = choices.Select(CandidatesOf).ToList();
        for (var i = 0; i < choices.Count; i++)
        {
            if (candidates[i].FirstOrDefault(c => c.Cleaned == text) is { Original: var synonym })
            {
                return new FoundChoice(choices[i].Value, i, 1.0, synonym);
            }
        }

        if (OrdinalRecognizer.Recognize(text, choices.Count) is { } ordinal
            && ordinal.Position <= choices.Count
            && IsOnlyFiller(text.Remove(ordinal.Start, ordinal.Length)))
        {
            var index = ordinal.Position - 1;
            return new FoundChoice(choices[index].Value, index, 1.0);
        }

        return null;
    }

    private static List<ChoiceCandidate> CandidatesOf(Choice choice)
        => new[] { choice.Value, choice.Action?.Title }
            .Concat(choice.Synonyms ?? [])
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => new ChoiceCandidate(s!, UtteranceText.Clean(s)))
            .Where(c => c.Cleaned.Length > 0)
            .ToList();

    /// <summary>True when what is left around a number is only words like "the … one" or "…のやつでお願いします".</summary>
    private bool IsOnlyFiller(string rest)
    {
        foreach (var token in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var left = token;
            foreach (var filler in _ordinalFillers.All)
            {
                left = UtteranceText.HasJapanese(filler) ? left.Replace(filler, string.Empty, StringComparison.Ordinal) : left == filler ? string.Empty : left;
            }

            if (left.Length > 0)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A text that names a choice, as written and as compared.</summary>
internal sealed record ChoiceCandidate(string Original, string Cleaned);
