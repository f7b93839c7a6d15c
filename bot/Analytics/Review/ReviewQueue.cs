using System.Data;
using System.Data.Common;
using SupportBot.Bot.Analytics.Queries;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Analytics.Review;

/// <summary>
/// The operator's review queue over <see cref="FactsTables.Review"/>: open items grouped by similarity, most frequent
/// first; labelling (with a label valid at the items' place) or dismissing them; and the labelled lines exported in the
/// training files' format, one file per model.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "The operator's review queue (issue 17), not a collection type.")]
public sealed class ReviewQueue
{
    private readonly FactsDatabase _database;
    private readonly ConversationFactsQueries _queries;
    private readonly TimeProvider _time;

    internal ReviewQueue(FactsDatabase database, ConversationFactsQueries queries, TimeProvider time)
    {
        _database = database;
        _queries = queries;
        _time = time;
    }

    /// <summary>Grouping reads at most the newest this many open items, so the page stays quick whatever the backlog.</summary>
    public const int MaxGroupedItems = 2_000;

    /// <summary>One decision changes at most this many items (a group is at most <see cref="MaxGroupedItems"/>).</summary>
    public const int MaxItemsPerDecision = MaxGroupedItems;

    public bool Available => _queries.Available;

    public async Task<IReadOnlyList<ReviewGroup>> GroupsAsync(CancellationToken cancellationToken) =>
        ReviewGrouping.Group(await _queries.ReviewItemsAsync(ReviewItem.Open, MaxGroupedItems, cancellationToken));

    /// <summary>Labels the items (open, or labelled before: a correction) with <paramref name="label"/>, when it is valid at their place.</summary>
    public async Task<ReviewDecision> LabelAsync(IReadOnlyList<string> ids, string? label, CancellationToken cancellationToken)
    {
        var distinct = ids.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (Check(distinct) is { } early)
        {
            return early;
        }

        var places = await PlacesAsync(distinct, cancellationToken);
        if (places.Count < distinct.Count)
        {
            return ReviewDecision.Refuse(ReviewRefusal.UnknownItems);
        }

        var kinds = places.Values.Select(ReviewPlaces.KindOf).Distinct().ToList();
        if (kinds.Count > 1)
        {
            return ReviewDecision.Refuse(ReviewRefusal.MixedPlaces);
        }

        var valid = ReviewPlaces.LabelsFor(places.Values.First());
        if (label is null || !valid.Contains(label))
        {
            return ReviewDecision.Refuse(ReviewRefusal.InvalidLabel, valid);
        }

        return ReviewDecision.Done(await SetAsync(distinct, ReviewItem.Labelled, label, cancellationToken));
    }

    public async Task<ReviewDecision> DismissAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (Check(distinct) is { } early)
        {
            return early;
        }

        var places = await PlacesAsync(distinct, cancellationToken);
        return places.Count < distinct.Count
            ? ReviewDecision.Refuse(ReviewRefusal.UnknownItems)
            : ReviewDecision.Done(await SetAsync(distinct, ReviewItem.Dismissed, null, cancellationToken));
    }

    /// <summary>
    /// The labelled items for <paramref name="model"/> as training lines, oldest decision first: one line per utterance
    /// (the same text once normalised is one line, labelled as the latest decision says), texts that are nothing but
    /// redaction markers left out.
    /// </summary>
    public async Task<IReadOnlyList<string>> ExportAsync(string model, CancellationToken cancellationToken)
    {
        var labelled = await _database.Required.QueryAsync(
            async (connection, ct) =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"""
                    SELECT place, text, label FROM {FactsTables.Review}
                    WHERE status = @status AND label IS NOT NULL ORDER BY reviewed_at_ms DESC, at_ms DESC, id
                    """;
                Add(command, "@status", DbType.String, ReviewItem.Labelled);
                var rows = new List<(string Place, string Text, string Label)>();
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                }

                return rows;
            },
            cancellationToken);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var (place, text, label) in labelled)
        {
            if (ReviewPlaces.ModelOf(place) != model || !ReviewPlaces.LabelsFor(place).Contains(label)
                || TrainingLines.ComparisonKey(RedactionMarkers.Remove(text)).Length == 0
                || !seen.Add(TrainingLines.ComparisonKey(text)))
            {
                continue;
            }

            lines.Add(TrainingLines.Format(text, label));
        }

        lines.Reverse();
        return lines;
    }

    /// <summary>Refuses what no query needs to look at; without kept facts (the in-memory store) no item exists.</summary>
    private ReviewDecision? Check(List<string> ids) =>
        ids.Count == 0 ? ReviewDecision.Refuse(ReviewRefusal.NoItems)
        : !Available ? ReviewDecision.Refuse(ReviewRefusal.UnknownItems)
        : ids.Count > MaxItemsPerDecision ? ReviewDecision.Refuse(ReviewRefusal.TooManyItems)
        : null;

    /// <summary>The place of each of <paramref name="ids"/> that exists.</summary>
    private Task<Dictionary<string, string>> PlacesAsync(List<string> ids, CancellationToken cancellationToken) =>
        _database.Required.QueryAsync(
            async (connection, ct) =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT id, place FROM {FactsTables.Review} WHERE id IN ({AddIds(command, ids)})";
                var places = new Dictionary<string, string>(StringComparer.Ordinal);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    places[reader.GetString(0)] = reader.GetString(1);
                }

                return places;
            },
            cancellationToken);

    private Task<int> SetAsync(List<string> ids, string status, string? label, CancellationToken cancellationToken) =>
        _database.Required.WriteInTransactionAsync(
            async (connection, transaction, ct) =>
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = $"UPDATE {FactsTables.Review} SET status = @status, label = @label, reviewed_at_ms = @now WHERE id IN ({AddIds(command, ids)})";
                Add(command, "@status", DbType.String, status);
                Add(command, "@label", DbType.String, label);
                Add(command, "@now", DbType.Int64, _time.GetUtcNow().ToUnixTimeMilliseconds());
                return await command.ExecuteNonQueryAsync(ct);
            },
            cancellationToken);

    /// <summary>One parameter per id (never the ids in the SQL text); returns the parameter list for <c>IN (…)</c>.</summary>
    private static string AddIds(DbCommand command, List<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            Add(command, $"@id{i}", DbType.String, ids[i]);
        }

        return string.Join(", ", ids.Select((_, i) => $"@id{i}"));
    }

    private static void Add(DbCommand command, string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
