using System.Data;
using System.Data.Common;

namespace SupportBot.Bot.Analytics.Writing;

/// <summary>The statements of a facts transaction, each prepared once and run with new values.</summary>
internal sealed class FactsStatements(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private static readonly (string, DbType) ChannelKey = ("@channel", DbType.String);
    private static readonly (string, DbType) ConversationKey = ("@conversation", DbType.String);

    public ReusableCommand Lock { get; } = new(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("@key", DbType.Int64));

    public ReusableCommand ReadConversation { get; } = new(
        connection, transaction,
        $"""
        SELECT started_at_ms, last_activity_at_ms, language, first_symptom, first_confidence, symptom, reasks, not_understood,
            outcome, escalation_reason, rating, turns
        FROM {FactsTables.Conversations} WHERE channel_id = @channel AND conversation_id = @conversation
        """,
        ChannelKey, ConversationKey);

    public ReusableCommand ReadFlows { get; } = new(
        connection, transaction,
        $"SELECT flow, started_at_ms, last_step, outcome FROM {FactsTables.Flows} WHERE channel_id = @channel AND conversation_id = @conversation",
        ChannelKey, ConversationKey);

    public ReusableCommand Conversation { get; } = new(
        connection, transaction,
        $"""
        INSERT INTO {FactsTables.Conversations} (channel_id, conversation_id, started_at_ms, last_activity_at_ms, language,
            first_symptom, first_confidence, symptom, reasks, not_understood, outcome, escalation_reason, rating, turns)
        VALUES (@channel, @conversation, @started, @last, @language, @first_symptom, @first_confidence, @symptom, @reasks, @not_understood,
            @outcome, @reason, @rating, @turns)
        ON CONFLICT (channel_id, conversation_id) DO UPDATE SET
            started_at_ms = excluded.started_at_ms, last_activity_at_ms = excluded.last_activity_at_ms, language = excluded.language,
            first_symptom = excluded.first_symptom, first_confidence = excluded.first_confidence, symptom = excluded.symptom,
            reasks = excluded.reasks, not_understood = excluded.not_understood, outcome = excluded.outcome,
            escalation_reason = excluded.escalation_reason, rating = excluded.rating, turns = excluded.turns
        """,
        ChannelKey, ConversationKey, ("@started", DbType.Int64), ("@last", DbType.Int64), ("@language", DbType.String),
        ("@first_symptom", DbType.String), ("@first_confidence", DbType.Double), ("@symptom", DbType.String), ("@reasks", DbType.Int32),
        ("@not_understood", DbType.Int32), ("@outcome", DbType.String), ("@reason", DbType.String), ("@rating", DbType.Int32), ("@turns", DbType.Int32));

    public ReusableCommand Flow { get; } = new(
        connection, transaction,
        $"""
        INSERT INTO {FactsTables.Flows} (channel_id, conversation_id, flow, started_at_ms, last_step, outcome)
        VALUES (@channel, @conversation, @flow, @at, @step, @outcome)
        ON CONFLICT (channel_id, conversation_id, flow) DO UPDATE SET last_step = excluded.last_step, outcome = excluded.outcome
        """,
        ChannelKey, ConversationKey, ("@flow", DbType.String), ("@at", DbType.Int64), ("@step", DbType.Int32), ("@outcome", DbType.String));

    public ReusableCommand Review { get; } = new(
        connection, transaction,
        $"""
        INSERT INTO {FactsTables.Review} (id, channel_id, conversation_id, at_ms, kind, place, text, language, guess, confidence)
        VALUES (@id, @channel, @conversation, @at, @kind, @place, @text, @language, @guess, @confidence)
        """,
        ("@id", DbType.String), ChannelKey, ConversationKey, ("@at", DbType.Int64), ("@kind", DbType.String), ("@place", DbType.String),
        ("@text", DbType.String), ("@language", DbType.String), ("@guess", DbType.String), ("@confidence", DbType.Double));

    public ReusableCommand Line { get; } = new(
        connection, transaction,
        $"""
        INSERT INTO {FactsTables.Transcript} (channel_id, conversation_id, seq, at_ms, speaker, text)
        VALUES (@channel, @conversation, @seq, @at, @speaker, @text)
        ON CONFLICT (channel_id, conversation_id, seq) DO NOTHING
        """,
        ChannelKey, ConversationKey, ("@seq", DbType.Int64), ("@at", DbType.Int64), ("@speaker", DbType.String), ("@text", DbType.String));

    public ReusableCommand Figure { get; } = new(
        connection, transaction,
        $"""
        INSERT INTO {FactsTables.Figures} AS f (hour_ms, dimension, value, outcome, count) VALUES (@hour, @dimension, @value, @outcome, @change)
        ON CONFLICT (hour_ms, dimension, value, outcome) DO UPDATE SET count = f.count + excluded.count
        """,
        ("@hour", DbType.Int64), ("@dimension", DbType.String), ("@value", DbType.String), ("@outcome", DbType.String), ("@change", DbType.Int64));

    public ReusableCommand FlowFigure { get; } = new(
        connection, transaction,
        $"""
        INSERT INTO {FactsTables.FlowFigures} AS f (hour_ms, flow, last_step, outcome, count) VALUES (@hour, @flow, @step, @outcome, @change)
        ON CONFLICT (hour_ms, flow, last_step, outcome) DO UPDATE SET count = f.count + excluded.count
        """,
        ("@hour", DbType.Int64), ("@flow", DbType.String), ("@step", DbType.Int32), ("@outcome", DbType.String), ("@change", DbType.Int64));

    public async Task<ConversationRecord?> ReadConversationAsync(string channelId, string conversationId, CancellationToken ct)
    {
        await using var reader = await ReadConversation.Set("@channel", channelId).Set("@conversation", conversationId).ReadAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return new ConversationRecord
        {
            ChannelId = channelId,
            ConversationId = conversationId,
            StartedAtMs = reader.GetInt64(0),
            LastActivityAtMs = reader.GetInt64(1),
            Language = reader.Text(2),
            FirstSymptom = reader.Text(3),
            FirstConfidence = reader.IsDBNull(4) ? null : reader.GetDouble(4),
            Symptom = reader.Text(5),
            Reasks = reader.Int(6),
            NotUnderstood = reader.Int(7),
            Outcome = reader.Text(8),
            EscalationReason = reader.Text(9),
            Rating = reader.IsDBNull(10) ? null : reader.Int(10),
            Turns = reader.Int(11),
        };
    }

    public async Task<Dictionary<string, FlowRecord>> ReadFlowsAsync(string channelId, string conversationId, CancellationToken ct)
    {
        var flows = new Dictionary<string, FlowRecord>(StringComparer.Ordinal);
        await using var reader = await ReadFlows.Set("@channel", channelId).Set("@conversation", conversationId).ReadAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var flow = new FlowRecord(reader.GetString(0), reader.GetInt64(1), reader.Int(2), reader.Text(3));
            flows[flow.Flow] = flow;
        }

        return flows;
    }

    public Task<int> WriteConversationAsync(ConversationRecord record, CancellationToken ct) => Conversation
        .Set("@channel", record.ChannelId).Set("@conversation", record.ConversationId)
        .Set("@started", record.StartedAtMs).Set("@last", record.LastActivityAtMs).Set("@language", record.Language)
        .Set("@first_symptom", record.FirstSymptom).Set("@first_confidence", record.FirstConfidence).Set("@symptom", record.Symptom)
        .Set("@reasks", record.Reasks).Set("@not_understood", record.NotUnderstood).Set("@outcome", record.Outcome)
        .Set("@reason", record.EscalationReason).Set("@rating", record.Rating).Set("@turns", record.Turns)
        .ExecuteAsync(ct);

    public Task<int> WriteFlowAsync(string channelId, string conversationId, FlowRecord flow, CancellationToken ct) => Flow
        .Set("@channel", channelId).Set("@conversation", conversationId).Set("@flow", flow.Flow).Set("@at", flow.StartedAtMs)
        .Set("@step", flow.LastStep).Set("@outcome", flow.Outcome)
        .ExecuteAsync(ct);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { Lock, ReadConversation, ReadFlows, Conversation, Flow, Review, Line, Figure, FlowFigure })
        {
            await command.DisposeAsync();
        }
    }
}
