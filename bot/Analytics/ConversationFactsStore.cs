using System.Data;
using System.Data.Common;
using System.Security.Cryptography;
using SupportBot.Dialogs.Analytics;

namespace SupportBot.Bot.Analytics;

/// <summary>
/// Writes turns' facts into <see cref="FactsTables"/>. A batch's turns are folded per conversation
/// (<see cref="ConversationDelta"/>: one upsert of its row, one of each flow it was in) and written with statements
/// prepared once a transaction; a transaction holds at most <see cref="ConversationsPerTransaction"/> conversations, so
/// the state writers that queue behind it (SQLite has one writer) never wait for a whole batch. Review items and
/// transcript lines are appended; the flows still open get the outcome when a case ends.
/// </summary>
internal sealed class ConversationFactsStore(FactsDatabase database)
{
    /// <summary>Transcript lines a turn can add (sequence numbers are the turn's start in ms × this, plus the line's place).</summary>
    public const int MaxLinesPerTurn = 64;

    /// <summary>Conversations written in one transaction: a few milliseconds of holding the database's write lock.</summary>
    public const int ConversationsPerTransaction = 64;

    private const string UpsertConversation = $"""
        INSERT INTO {FactsTables.Conversations} AS c (channel_id, conversation_id, started_at_ms, last_activity_at_ms, language,
            first_symptom, first_confidence, symptom, reasks, not_understood, outcome, escalation_reason, rating, turns)
        VALUES (@channel, @conversation, @first_at, @last_at, @language, @first_symptom, @first_confidence, @symptom, @reasks, @not_understood,
            @outcome, @reason, @rating, @turns)
        ON CONFLICT (channel_id, conversation_id) DO UPDATE SET
            last_activity_at_ms = CASE WHEN excluded.last_activity_at_ms > c.last_activity_at_ms THEN excluded.last_activity_at_ms ELSE c.last_activity_at_ms END,
            language = COALESCE(excluded.language, c.language),
            first_confidence = CASE WHEN c.first_symptom IS NULL THEN excluded.first_confidence ELSE c.first_confidence END,
            first_symptom = COALESCE(c.first_symptom, excluded.first_symptom),
            symptom = COALESCE(excluded.symptom, c.symptom),
            reasks = c.reasks + excluded.reasks,
            not_understood = c.not_understood + excluded.not_understood,
            outcome = CASE WHEN @decides = 1 THEN excluded.outcome ELSE c.outcome END,
            escalation_reason = CASE WHEN @decides = 1 THEN excluded.escalation_reason ELSE c.escalation_reason END,
            rating = COALESCE(excluded.rating, c.rating),
            turns = c.turns + excluded.turns
        """;

    private const string UpsertFlow = $"""
        INSERT INTO {FactsTables.Flows} AS f (channel_id, conversation_id, flow, started_at_ms, last_step)
        VALUES (@channel, @conversation, @flow, @at, @step)
        ON CONFLICT (channel_id, conversation_id, flow) DO UPDATE SET
            last_step = CASE WHEN excluded.last_step > f.last_step THEN excluded.last_step ELSE f.last_step END
        """;

    private const string EndFlows = $"""
        UPDATE {FactsTables.Flows} SET outcome = @outcome
        WHERE channel_id = @channel AND conversation_id = @conversation AND outcome IS NULL
        """;

    private const string InsertReview = $"""
        INSERT INTO {FactsTables.Review} (id, channel_id, conversation_id, at_ms, kind, place, text, language, guess, confidence)
        VALUES (@id, @channel, @conversation, @at, @kind, @place, @text, @language, @guess, @confidence)
        """;

    private const string InsertLine = $"""
        INSERT INTO {FactsTables.Transcript} (channel_id, conversation_id, seq, at_ms, speaker, text)
        VALUES (@channel, @conversation, @seq, @at, @speaker, @text)
        ON CONFLICT (channel_id, conversation_id, seq) DO NOTHING
        """;

    /// <summary>Writes <paramref name="batch"/> (turns in the order they ended), a few conversations a transaction.</summary>
    public async Task WriteAsync(IReadOnlyList<TurnFacts> batch, CancellationToken cancellationToken)
    {
        var conversations = batch.GroupBy(turn => (turn.ChannelId, turn.ConversationId)).ToList();
        foreach (var chunk in conversations.Chunk(ConversationsPerTransaction))
        {
            await database.Required.WriteInTransactionAsync(
                async (connection, transaction, ct) =>
                {
                    await using var statements = new Statements(connection, transaction);
                    foreach (var turns in chunk)
                    {
                        await WriteConversationAsync(statements, turns.Key.ChannelId, turns.Key.ConversationId, turns, ct);
                    }

                    return chunk.Length;
                },
                cancellationToken);
        }
    }

    private static async Task WriteConversationAsync(Statements statements, string channelId, string conversationId, IEnumerable<TurnFacts> turns, CancellationToken ct)
    {
        var delta = new ConversationDelta(channelId, conversationId);
        var openFlows = new Dictionary<string, (int Step, long At)>(StringComparer.Ordinal);
        foreach (var turn in turns)
        {
            delta.Add(turn);
            var at = turn.At.ToUnixTimeMilliseconds();
            foreach (var step in turn.Steps)
            {
                openFlows[step.Flow] = openFlows.TryGetValue(step.Flow, out var seen) ? (Math.Max(seen.Step, step.Index), seen.At) : (step.Index, at);
            }

            if (turn.Outcome is { } outcome)
            {
                // The flows this case went through end with it; a flow entered later in the batch belongs to the next case.
                await UpsertFlowsAsync(statements.Flow, channelId, conversationId, openFlows, ct);
                openFlows.Clear();
                await statements.EndFlows.Set("@channel", channelId).Set("@conversation", conversationId).Set("@outcome", outcome).ExecuteAsync(ct);
            }

            foreach (var item in turn.Review)
            {
                await statements.Review
                    .Set("@id", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))).Set("@channel", channelId).Set("@conversation", conversationId)
                    .Set("@at", at).Set("@kind", item.Kind).Set("@place", item.Place).Set("@text", item.Text).Set("@language", turn.Language)
                    .Set("@guess", item.Guess).Set("@confidence", item.Confidence)
                    .ExecuteAsync(ct);
            }

            for (var i = 0; i < Math.Min(turn.Transcript.Count, MaxLinesPerTurn); i++)
            {
                var line = turn.Transcript[i];
                await statements.Line
                    .Set("@channel", channelId).Set("@conversation", conversationId).Set("@seq", (at * MaxLinesPerTurn) + i)
                    .Set("@at", line.At.ToUnixTimeMilliseconds()).Set("@speaker", line.Speaker).Set("@text", line.Text)
                    .ExecuteAsync(ct);
            }
        }

        await UpsertFlowsAsync(statements.Flow, channelId, conversationId, openFlows, ct);
        await statements.Conversation
            .Set("@channel", channelId).Set("@conversation", conversationId)
            .Set("@first_at", delta.FirstAt.ToUnixTimeMilliseconds()).Set("@last_at", delta.LastAt.ToUnixTimeMilliseconds())
            .Set("@language", delta.Language).Set("@first_symptom", delta.FirstReading?.Label).Set("@first_confidence", delta.FirstReading?.Confidence)
            .Set("@symptom", delta.Symptom).Set("@reasks", delta.Reasks).Set("@not_understood", delta.NotUnderstood)
            .Set("@outcome", delta.Outcome).Set("@reason", delta.EscalationReason).Set("@rating", delta.Rating).Set("@turns", delta.Turns)
            .Set("@decides", delta.DecidesOutcome ? 1 : 0)
            .ExecuteAsync(ct);
    }

    private static async Task UpsertFlowsAsync(
        ReusableCommand upsert, string channelId, string conversationId, Dictionary<string, (int Step, long At)> flows, CancellationToken ct)
    {
        foreach (var (flow, (step, at)) in flows)
        {
            await upsert.Set("@channel", channelId).Set("@conversation", conversationId).Set("@flow", flow).Set("@at", at).Set("@step", step).ExecuteAsync(ct);
        }
    }

    /// <summary>The five statements of a facts transaction, each prepared once.</summary>
    private sealed class Statements(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
    {
        private static readonly (string, DbType) ChannelKey = ("@channel", DbType.String);
        private static readonly (string, DbType) ConversationKey = ("@conversation", DbType.String);

        public ReusableCommand Conversation { get; } = new(
            connection, transaction, UpsertConversation, ChannelKey, ConversationKey, ("@first_at", DbType.Int64), ("@last_at", DbType.Int64),
            ("@language", DbType.String), ("@first_symptom", DbType.String), ("@first_confidence", DbType.Double), ("@symptom", DbType.String),
            ("@reasks", DbType.Int32), ("@not_understood", DbType.Int32), ("@outcome", DbType.String), ("@reason", DbType.String),
            ("@rating", DbType.Int32), ("@turns", DbType.Int32), ("@decides", DbType.Int32));

        public ReusableCommand Flow { get; } = new(
            connection, transaction, UpsertFlow, ChannelKey, ConversationKey, ("@flow", DbType.String), ("@at", DbType.Int64), ("@step", DbType.Int32));

        public ReusableCommand EndFlows { get; } = new(connection, transaction, ConversationFactsStore.EndFlows, ChannelKey, ConversationKey, ("@outcome", DbType.String));

        public ReusableCommand Review { get; } = new(
            connection, transaction, InsertReview, ("@id", DbType.String), ChannelKey, ConversationKey, ("@at", DbType.Int64), ("@kind", DbType.String),
            ("@place", DbType.String), ("@text", DbType.String), ("@language", DbType.String), ("@guess", DbType.String), ("@confidence", DbType.Double));

        public ReusableCommand Line { get; } = new(
            connection, transaction, InsertLine, ChannelKey, ConversationKey, ("@seq", DbType.Int64), ("@at", DbType.Int64), ("@speaker", DbType.String),
            ("@text", DbType.String));

        public async ValueTask DisposeAsync()
        {
            await Conversation.DisposeAsync();
            await Flow.DisposeAsync();
            await EndFlows.DisposeAsync();
            await Review.DisposeAsync();
            await Line.DisposeAsync();
        }
    }
}
