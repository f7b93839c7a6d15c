using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Analytics;

namespace SupportBot.Bot.Analytics.Queries;

/// <summary>
/// What the operator console reads from the facts. The dashboard is two grouped scans over covering indexes (one of
/// conversations, one of flows) whose few thousand groups are summed here, so it answers in the same time whatever
/// the mix; lists are pages, transcripts one conversation's lines.
/// </summary>
internal sealed class ConversationFactsQueries
{
    private const long DayMs = 86_400_000;

    private static readonly int EpochDay = new DateOnly(1970, 1, 1).DayNumber;

    private readonly FactsDatabase _database;
    private readonly AnalyticsOptions _options;
    private readonly TimeProvider _time;
    private readonly FlowSteps _steps;

    public ConversationFactsQueries(FactsDatabase database, IOptions<AnalyticsOptions> options, TimeProvider time, FlowSteps steps)
    {
        _database = database;
        _options = options.Value;
        _time = time;
        _steps = steps;
    }

    /// <summary>Whether there are facts to show (a SQL store, analytics enabled).</summary>
    public bool Available => _options.Enabled && _database.Storage is not null;

    /// <summary>The last <paramref name="days"/> calendar days up to today, in the reporting offset.</summary>
    public ReportingPeriod LastDays(int days)
    {
        var today = Today();
        return new ReportingPeriod(today.AddDays(1 - days), today);
    }

    public DateOnly Today() => DateOnly.FromDateTime(_time.GetUtcNow().ToOffset(_options.ReportingUtcOffset).DateTime);

    /// <summary>
    /// The dashboard from the figures kept already added up (<see cref="FactsTables.Figures"/>): the period's hourly counts
    /// summed by reporting day. Conversations with no outcome yet are split into in progress and abandoned here, by the few
    /// that had a message within <see cref="AnalyticsOptions.AbandonAfter"/> (read through the last-activity index).
    /// </summary>
    public async Task<DashboardFigures> DashboardAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var (from, to) = Range(period.From, period.To);
        var figures = await QueryAsync(
            $"""
            SELECT (hour_ms + @offset) / {DayMs} AS day, dimension, value, outcome, SUM(count)
            FROM {FactsTables.Figures}
            WHERE hour_ms >= @from AND hour_ms < @to
            GROUP BY 1, 2, 3, 4
            HAVING SUM(count) <> 0
            """,
            command => AddRange(command, from, to),
            reader => new FigureRow(DayNumber(reader.GetInt64(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.Int(4)),
            cancellationToken);
        var inProgress = await QueryAsync(
            $"""
            SELECT (started_at_ms + @offset) / {DayMs}, symptom, channel_id, language, escalation_reason, rating
            FROM {FactsTables.Conversations}
            WHERE last_activity_at_ms >= @abandoned AND outcome IS NULL AND started_at_ms >= @from AND started_at_ms < @to
            """,
            command => AddRange(command, from, to),
            reader => new InProgressRow(DayNumber(reader.GetInt64(0)), reader.Text(1), reader.GetString(2), reader.Text(3), reader.Text(4),
                reader.IsDBNull(5) ? null : reader.Int(5)),
            cancellationToken);
        var flows = await QueryAsync(
            $"""
            SELECT flow, last_step, outcome, SUM(count)
            FROM {FactsTables.FlowFigures}
            WHERE hour_ms >= @from AND hour_ms < @to
            GROUP BY flow, last_step, outcome
            HAVING SUM(count) <> 0
            """,
            command => AddRange(command, from, to),
            reader => new FlowGroup(reader.GetString(0), reader.Int(1), reader.GetString(2) is { Length: > 0 } outcome ? outcome : null, reader.Int(3)),
            cancellationToken);
        return DashboardSummary.From(period, figures, inProgress, flows, _steps);
    }

    public async Task<ConversationPage> ConversationsAsync(ConversationFilter filter, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(filter.PageSize, 1, ConversationFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var where = Where(filter);
        var total = (await QueryAsync(
            $"SELECT COUNT(*) FROM {FactsTables.Conversations} WHERE {where.Sql}",
            where.Bind,
            reader => reader.Int(0),
            cancellationToken))[0];
        var rows = await QueryAsync(
            $"{SelectRows} WHERE {where.Sql} ORDER BY started_at_ms DESC, conversation_id LIMIT {pageSize} OFFSET {(page - 1) * pageSize}",
            where.Bind,
            ReadRow,
            cancellationToken);
        return new ConversationPage(rows, total, page, pageSize);
    }

    /// <summary>Every conversation matching <paramref name="filter"/> (all pages), newest first, as they are read.</summary>
    public async IAsyncEnumerable<ConversationRow> AllConversationsAsync(
        ConversationFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var where = Where(filter);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{SelectRows} WHERE {where.Sql} ORDER BY started_at_ms DESC, conversation_id";
        AddParameter(command, "@abandoned", DbType.Int64, AbandonedBefore());
        where.Bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadRow(reader);
        }
    }

    public async Task<ConversationDetail?> ConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        void Keys(DbCommand command)
        {
            AddParameter(command, "@channel", DbType.String, channelId);
            AddParameter(command, "@conversation", DbType.String, conversationId);
        }

        var facts = await QueryAsync($"{SelectRows} WHERE channel_id = @channel AND conversation_id = @conversation", Keys, ReadRow, cancellationToken);
        if (facts.Count == 0)
        {
            return null;
        }

        var flows = await QueryAsync(
            $"SELECT flow, last_step, outcome FROM {FactsTables.Flows} WHERE channel_id = @channel AND conversation_id = @conversation ORDER BY started_at_ms, flow",
            Keys,
            reader => new FlowReached(reader.GetString(0), reader.Int(1), _steps.Name(reader.GetString(0), reader.Int(1)), reader.Text(2)),
            cancellationToken);
        var lines = await QueryAsync(
            $"SELECT speaker, text, at_ms FROM {FactsTables.Transcript} WHERE channel_id = @channel AND conversation_id = @conversation ORDER BY seq",
            Keys,
            reader => new TranscriptRow(reader.GetString(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))),
            cancellationToken);
        return new ConversationDetail(facts[0], flows, lines);
    }

    /// <summary>Review items with <paramref name="status"/> (<see cref="ReviewItem.Open"/> …), newest first, at most <paramref name="limit"/>.</summary>
    public Task<List<ReviewItem>> ReviewItemsAsync(string status, int limit, CancellationToken cancellationToken) =>
        QueryAsync(
            $"""
            SELECT id, channel_id, conversation_id, at_ms, kind, place, text, language, guess, confidence, status, label
            FROM {FactsTables.Review} WHERE status = @status ORDER BY at_ms DESC, id LIMIT {Math.Clamp(limit, 1, 100_000)}
            """,
            command => AddParameter(command, "@status", DbType.String, status),
            reader => new ReviewItem(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.Text(7), reader.GetString(8), reader.GetDouble(9),
                reader.GetString(10), reader.Text(11)),
            cancellationToken);

    /// <summary>A conversation's outcome as shown: the stored one, else abandoned once idle for <see cref="AnalyticsOptions.AbandonAfter"/>, else in progress.</summary>
    private static string EffectiveOutcome =>
        $"CASE WHEN outcome IS NOT NULL THEN outcome WHEN last_activity_at_ms < @abandoned THEN '{Outcomes.Abandoned}' ELSE '{Outcomes.InProgress}' END";

    private static string SelectRows =>
        $"""
        SELECT channel_id, conversation_id, started_at_ms, last_activity_at_ms, language, first_symptom, first_confidence, symptom,
            {EffectiveOutcome}, escalation_reason, rating, turns, reasks, not_understood
        FROM {FactsTables.Conversations}
        """;

    private static ConversationRow ReadRow(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        reader.Text(4),
        reader.Text(5),
        reader.IsDBNull(6) ? null : reader.GetDouble(6),
        reader.Text(7),
        reader.GetString(8),
        reader.Text(9),
        reader.IsDBNull(10) ? null : reader.Int(10),
        reader.Int(11),
        reader.Int(12),
        reader.Int(13));

    private (string Sql, Action<DbCommand> Bind) Where(ConversationFilter filter)
    {
        var clauses = new List<string> { "1 = 1" };
        var binds = new List<Action<DbCommand>>();
        if (filter.From is { } fromDay)
        {
            clauses.Add("started_at_ms >= @from");
            binds.Add(command => AddParameter(command, "@from", DbType.Int64, Range(fromDay, fromDay).From));
        }

        if (filter.To is { } toDay)
        {
            clauses.Add("started_at_ms < @to");
            binds.Add(command => AddParameter(command, "@to", DbType.Int64, Range(toDay, toDay).To));
        }

        if (!string.IsNullOrEmpty(filter.Outcome))
        {
            clauses.Add($"{EffectiveOutcome} = @outcome");
            binds.Add(command => AddParameter(command, "@outcome", DbType.String, filter.Outcome));
        }

        if (!string.IsNullOrEmpty(filter.Symptom))
        {
            clauses.Add("symptom = @symptom");
            binds.Add(command => AddParameter(command, "@symptom", DbType.String, filter.Symptom));
        }

        if (!string.IsNullOrEmpty(filter.Channel))
        {
            // "|| ''" keeps SQLite (no ANALYZE statistics) off the primary key for channel_id = ?: it took that index and read
            // every row of the channel (1.5 s for a month's list of 1,000,000 conversations) instead of the started-at range.
            clauses.Add("channel_id || '' = @channel");
            binds.Add(command => AddParameter(command, "@channel", DbType.String, filter.Channel));
        }

        return (string.Join(" AND ", clauses), command => binds.ForEach(bind => bind(command)));
    }

    /// <summary>Unix milliseconds of the start of <paramref name="from"/> and of the day after <paramref name="to"/>, in the reporting offset.</summary>
    private (long From, long To) Range(DateOnly from, DateOnly to)
    {
        var offset = (long)_options.ReportingUtcOffset.TotalMilliseconds;
        return (((from.DayNumber - EpochDay) * DayMs) - offset, ((to.DayNumber + 1 - EpochDay) * DayMs) - offset);
    }

    private static DateOnly DayNumber(long unixDay) => DateOnly.FromDayNumber((int)unixDay + EpochDay);

    private long AbandonedBefore() => (_time.GetUtcNow() - _options.AbandonAfter).ToUnixTimeMilliseconds();

    private void AddRange(DbCommand command, long from, long to)
    {
        AddParameter(command, "@from", DbType.Int64, from);
        AddParameter(command, "@to", DbType.Int64, to);
        AddParameter(command, "@offset", DbType.Int64, (long)_options.ReportingUtcOffset.TotalMilliseconds);
    }

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => _database.Required.OpenReadConnectionAsync(cancellationToken);

    private Task<List<T>> QueryAsync<T>(string sql, Action<DbCommand> bind, Func<DbDataReader, T> read, CancellationToken cancellationToken) =>
        _database.Required.QueryAsync(
            async (connection, ct) =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                AddParameter(command, "@abandoned", DbType.Int64, AbandonedBefore());
                bind(command);
                var rows = new List<T>();
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    rows.Add(read(reader));
                }

                return rows;
            },
            cancellationToken);



    private static void AddParameter(DbCommand command, string name, DbType type, object? value)
    {
        if (command.Parameters.Contains(name))
        {
            return;
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>A summed count of <see cref="FactsTables.Figures"/>: day, dimension, value, stored outcome (<c>''</c>: none yet).</summary>
    internal sealed record FigureRow(DateOnly Day, string Dimension, string Value, string Outcome, int Count);

    /// <summary>A conversation with no outcome that is not abandoned yet: taken from the "none yet" counts it is in.</summary>
    internal sealed record InProgressRow(DateOnly Day, string? Symptom, string Channel, string? Language, string? Reason, int? Rating);

    internal sealed record FlowGroup(string Flow, int LastStep, string? Outcome, int Count);
}
