using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Recognition;

/// <summary>
/// Scores how well an answer partly matches each choice and returns the best one if it leads the
/// runner-up by a clear margin. A choice text found inside the answer scores by how much of the answer it covers; an
/// answer found inside a choice text (at least 2 characters) by how much of the text it covers;
/// English words shared with a choice text (3+ letters) by the share of that text's words.
/// </summary>
internal static class PartialChoiceMatcher
{
    private const double MinimumScore = 0.2;
    private const double MaximumPartialScore = 0.99;

    // "忘れた" scores 0.33 against "パスワードを忘れた" and 0.27 against "メールアドレスを忘れた": too close to call.
    private const double AmbiguityMargin = 0.15;
    private const int MinimumFragmentLength = 2;
    private const int MinimumSharedWordLength = 3;

    public static FoundChoice? BestMatch(string text, IList<Choice> choices, IReadOnlyList<List<ChoiceCandidate>> candidates)
    {
        var scored = candidates
            .Select((list, index) => (Index: index, Best: list.Select(c => (Candidate: c, Score: Score(text, c.Cleaned))).MaxBy(s => s.Score)))
            .Where(s => s.Best.Score >= MinimumScore)
            .OrderByDescending(s => s.Best.Score)
            .ToList();

        if (scored.Count == 0 || (scored.Count > 1 && scored[0].Best.Score - scored[1].Best.Score < AmbiguityMargin))
        {
            return null;
        }

        var (index, (candidate, score)) = scored[0];
        return new FoundChoice(choices[index].Value, index, Math.Min(score, MaximumPartialScore), candidate.Original);
    }

    private static double Score(string text, string candidate)
    {
        var score = 0.0;
        if (candidate.Length >= MinimumFragmentLength && text.Contains(candidate, StringComparison.Ordinal))
        {
            score = (double)candidate.Length / text.Length;
        }
        else if (text.Length >= MinimumFragmentLength && candidate.Contains(text, StringComparison.Ordinal))
        {
            score = (double)text.Length / candidate.Length;
        }

        return Math.Max(score, SharedWordScore(text, candidate));
    }

    private static double SharedWordScore(string text, string candidate)
    {
        var candidateWords = Words(candidate);
        if (candidateWords.Count == 0)
        {
            return 0;
        }

        var shared = candidateWords.Intersect(Words(text), StringComparer.Ordinal).Count();
        return (double)shared / candidateWords.Count;
    }

    private static HashSet<string> Words(string text)
        => text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= MinimumSharedWordLength && !UtteranceText.HasJapanese(w))
            .ToHashSet(StringComparer.Ordinal);
}
