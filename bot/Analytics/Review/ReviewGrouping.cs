using SupportBot.Bot.Analytics.Queries;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Analytics.Review;

/// <summary>
/// Groups review items that say the same thing: each text is normalised (<see cref="TrainingLines.ComparisonKey"/>:
/// width, case, kana, punctuation, spaces; redaction markers removed) and cut into character bigrams, and an item joins
/// the group whose first item's bigrams it shares most, when their Jaccard similarity reaches
/// <see cref="SimilarityThreshold"/>; else it starts a group. Greedy and single-pass (newest first), so the same items
/// always give the same groups; an item is compared only with the groups it shares a bigram with (2,000 distinct
/// training lines: ~0.1 s).
/// </summary>
internal static class ReviewGrouping
{
    /// <summary>
    /// Measured (README, "The review loop"; <c>ReviewGroupingMeasurementTests</c> prints the sweep): at 0.4, 97% of the
    /// pairs put together in a hand-written set of paraphrases belong together and 66% of those that belong together
    /// are; of the blind evaluation sets' different utterances, 0.6–2.1% land in a group whose majority label is not theirs.
    /// At 0.35 more paraphrases meet (79%) but 2.1–3.7% are mislabelled with their group; a wrong merge costs a wrong
    /// training label, a missed one only another group, so the stricter threshold wins.
    /// </summary>
    public const double SimilarityThreshold = 0.4;

    public static IReadOnlyList<ReviewGroup> Group(IEnumerable<ReviewItem> newestFirst, double threshold = SimilarityThreshold)
    {
        var clusters = new List<Cluster>();
        var byKey = new Dictionary<(string Kind, string Key), Cluster>();
        var indexes = new Dictionary<string, LeaderIndex>(StringComparer.Ordinal);
        foreach (var item in newestFirst)
        {
            var kind = ReviewPlaces.KindOf(item.Place);
            var key = TrainingLines.ComparisonKey(RedactionMarkers.Remove(item.Text));
            if (!byKey.TryGetValue((kind, key), out var cluster))
            {
                if (!indexes.TryGetValue(kind, out var index))
                {
                    index = indexes[kind] = new LeaderIndex();
                }

                var bigrams = Bigrams(key);
                cluster = index.Closest(bigrams, threshold);
                if (cluster is null)
                {
                    cluster = new Cluster(kind, bigrams);
                    clusters.Add(cluster);
                    index.Add(cluster);
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

    /// <summary>
    /// The groups' first items by bigram, so a new item is compared only with the groups it shares a bigram with (the
    /// shared counts come from the postings), not with every group.
    /// </summary>
    private sealed class LeaderIndex
    {
        private readonly List<Cluster> _leaders = [];
        private readonly Dictionary<int, List<int>> _postings = [];
        private int[] _shared = new int[16];

        public void Add(Cluster cluster)
        {
            var number = _leaders.Count;
            _leaders.Add(cluster);
            foreach (var bigram in cluster.LeaderBigrams)
            {
                if (!_postings.TryGetValue(bigram, out var leaders))
                {
                    leaders = _postings[bigram] = [];
                }

                leaders.Add(number);
            }
        }

        /// <summary>The group whose first item is most similar to <paramref name="bigrams"/>, at least <paramref name="threshold"/>; the older group on a tie.</summary>
        public Cluster? Closest(int[] bigrams, double threshold)
        {
            if (_shared.Length < _leaders.Count)
            {
                Array.Resize(ref _shared, Math.Max(_leaders.Count, _shared.Length * 2));
            }

            var touched = new List<int>();
            foreach (var bigram in bigrams)
            {
                if (!_postings.TryGetValue(bigram, out var leaders))
                {
                    continue;
                }

                foreach (var number in leaders)
                {
                    if (_shared[number]++ == 0)
                    {
                        touched.Add(number);
                    }
                }
            }

            Cluster? best = null;
            var bestNumber = int.MaxValue;
            var bestSimilarity = threshold;
            foreach (var number in touched)
            {
                var shared = _shared[number];
                _shared[number] = 0;
                var leader = _leaders[number].LeaderBigrams;
                var similarity = (double)shared / (bigrams.Length + leader.Length - shared);
                if (similarity > bestSimilarity || (similarity == bestSimilarity && (best is null || number < bestNumber)))
                {
                    best = _leaders[number];
                    bestNumber = number;
                    bestSimilarity = similarity;
                }
            }

            return best;
        }
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
