using SupportBot.Bot.Analytics.Queries;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Analytics.Review;

/// <summary>
/// Groups review items that say the same thing: each text is normalised (<see cref="TrainingLines.ComparisonKey"/>:
/// width, case, kana, punctuation, spaces; redaction markers removed) and cut into character bigrams, and an item joins
/// the group whose first item's bigrams it shares most, when their Jaccard similarity reaches
/// <see cref="SimilarityThreshold"/>; else it starts a group. Greedy and single-pass (newest first), so it costs items ×
/// groups comparisons of short sets and the same items always give the same groups.
/// </summary>
internal static class ReviewGrouping
{
    /// <summary>
    /// Measured (README, "The review loop"; <c>ReviewGroupingMeasurementTests</c> prints the sweep): at 0.4, 97% of the
    /// pairs put together in a hand-written set of paraphrases belong together and 66% of those that belong together
    /// are; of the blind evaluation sets' different utterances, 1–2% land in a group whose majority label is not theirs.
    /// At 0.35 more paraphrases meet (79%) but 2–4% are mislabelled with their group; a wrong merge costs a wrong
    /// training label, a missed one only another group, so the stricter threshold wins.
    /// </summary>
    public const double SimilarityThreshold = 0.4;

    public static IReadOnlyList<ReviewGroup> Group(IEnumerable<ReviewItem> newestFirst, double threshold = SimilarityThreshold)
    {
        var clusters = new List<Cluster>();
        var byKey = new Dictionary<(string Kind, string Key), Cluster>();
        foreach (var item in newestFirst)
        {
            var kind = ReviewPlaces.KindOf(item.Place);
            var key = TrainingLines.ComparisonKey(RedactionMarkers.Remove(item.Text));
            if (!byKey.TryGetValue((kind, key), out var cluster))
            {
                var bigrams = Bigrams(key);
                cluster = Closest(clusters, kind, bigrams, threshold);
                if (cluster is null)
                {
                    cluster = new Cluster(kind, bigrams);
                    clusters.Add(cluster);
                }

                byKey[(kind, key)] = cluster;
            }

            cluster.Add(item, key);
        }

        return clusters
            .Select(cluster => cluster.ToGroup())
            .OrderByDescending(group => group.Count)
            .ThenByDescending(group => group.Latest)
            .ToList();
    }

    /// <summary>Jaccard similarity of two sorted, distinct bigram sets.</summary>
    public static double Similarity(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = a[i].CompareTo(b[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return (double)shared / (a.Length + b.Length - shared);
    }

    /// <summary>The distinct character bigrams of <paramref name="key"/>, sorted; a one-letter text is its letter.</summary>
    public static int[] Bigrams(string key)
    {
        if (key.Length == 1)
        {
            return [key[0]];
        }

        var bigrams = new SortedSet<int>();
        for (var i = 0; i + 1 < key.Length; i++)
        {
            bigrams.Add((key[i] << 16) | key[i + 1]);
        }

        return [.. bigrams];
    }

    private static Cluster? Closest(List<Cluster> clusters, string kind, int[] bigrams, double threshold)
    {
        Cluster? best = null;
        var bestSimilarity = threshold;
        foreach (var cluster in clusters)
        {
            if (cluster.Kind != kind)
            {
                continue;
            }

            var similarity = Similarity(bigrams, cluster.LeaderBigrams);
            if (similarity >= bestSimilarity && (best is null || similarity > bestSimilarity))
            {
                best = cluster;
                bestSimilarity = similarity;
            }
        }

        return best;
    }

    private sealed class Cluster(string kind, int[] leaderBigrams)
    {
        private readonly List<(ReviewItem Item, string Key)> _items = [];

        public string Kind { get; } = kind;

        public int[] LeaderBigrams { get; } = leaderBigrams;

        public void Add(ReviewItem item, string key) => _items.Add((item, key));

        public ReviewGroup ToGroup()
        {
            // Items arrive newest first, so within a tie the first text seen is the newest.
            var variants = _items.GroupBy(entry => entry.Key)
                .OrderByDescending(same => same.Count())
                .Select(same => new ReviewVariant(same.First().Item.Text, same.Select(entry => entry.Item.Id).ToList()))
                .ToList();
            return new ReviewGroup(
                Kind,
                variants[0].Text,
                _items.Count,
                Tallies(_items.Select(entry => entry.Item.Place)),
                Tallies(_items.Select(entry => entry.Item.Kind)),
                Tallies(_items.Select(entry => entry.Item.Guess).Where(guess => guess.Length > 0)),
                variants,
                _items.Select(entry => entry.Item.Id).ToList(),
                _items.Max(entry => entry.Item.At),
                ReviewPlaces.LabelsFor(_items[0].Item.Place));
        }

        private static List<Tally> Tallies(IEnumerable<string> values) =>
            values.GroupBy(value => value, StringComparer.Ordinal)
                .Select(same => new Tally(same.Key, same.Count()))
                .OrderByDescending(tally => tally.Count)
                .ThenBy(tally => tally.Value, StringComparer.Ordinal)
                .ToList();
    }
}
