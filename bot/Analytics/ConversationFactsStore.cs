using System.Data;
using System.Data.Common;
using System.Security.Cryptography;
using SupportBot.Dialogs.Analytics;

namespace SupportBot.Bot.Analytics;

/// <summary>
/// Writes turns' facts into <see cref="FactsTables"/>, a batch in one transaction: each turn adds to its
/// conversation's row (counts add up, the first symptom reading stays, the latest outcome wins), raises the last
/// step reached in each flow (and gives the flows still open the outcome, when a case ends), and appends its review
/// items and transcript lines.
/// </summary>
internal sealed class ConversationFactsStore(FactsDatabase database)
{
    /// <summary>Transcript lines a turn can add (sequence numbers are the turn's start in ms × this, plus the line's place).</summary>
    public const int MaxLinesPerTurn = 64;

    private const string UpsertConversation = $"""
        INSERT INTO {FactsTables.Conversations} AS c (channel_id, conversation_id, started_at_ms, last_activity_at_ms, language,
            first_symptom, first_confidence, symptom, reasks, not_understood, outcome, escalation_reason, rating, turns)
        VALUES (@channel, @conversation, @at, @at, @language, @first_symptom, @first_confidence, @symptom, @reasks, @not_understood,
            @outcome, @reason, @rating, @turns)
        ON CONFLICT (channel_id, conversation_id) DO UPDATE SET
            last_activity_at_ms = CASE WHEN excluded.last_activity_at_ms > c.last_activity_at_ms THEN excluded.last_activity_at_ms ELSE c.last_activity_at_ms END,
            language = COALESCE(excluded.language, c.language),
            first_confidence = CASE WHEN c.first_symptom IS NULL THEN excluded.first_confidence ELSE c.first_confidence END,
            first_symptom = COALESCE(c.first_symptom, excluded.first_symptom),
            symptom = COALESCE(excluded.symptom, c.symptom),
            reasks = c.reasks + excluded.reasks,
            not_understood = c.not_understood + excluded.not_understood,
            outcome = CASE WHEN excluded.outcome IS NOT NULL THEN excluded.outcome WHEN excluded.symptom IS NOT NULL THEN NULL ELSE c.outcome END,
            escalation_reason = CASE WHEN excluded.outcome IS NOT NULL THEN excluded.escalation_reason WHEN excluded.symptom IS NOT NULL THEN NULL ELSE c.escalation_reason END,
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

    /// <summary>Writes <paramref name="batch"/> in one transaction.</summary>
    public Task WriteAsync(IReadOnlyList<TurnFacts> batch, CancellationToken cancellationToken) =>
        database.Required.WriteInTransactionAsync(
            async (connection, transaction, ct) =>
            {
                foreach (var facts in batch)
                {
                    await WriteTurnAsync(connection, transaction, facts, ct);
                }

                return batch.Count;
            },
            cancellationToken);

    private static async Task WriteTurnAsync(DbConnection connection, DbTransaction transaction, TurnFacts facts, CancellationToken ct)
    {
        var at = facts.At.ToUnixTimeMilliseconds();
        await using (var conversation = Command(connection, transaction, UpsertConversation))
        {
            Keys(conversation, facts);
            Add(conversation, "@at", DbType.Int64, at);
            Add(conversation, "@language", DbType.String, facts.Language);
            Add(conversation, "@first_symptom", DbType.String, facts.SymptomRead?.Label);
            Add(conversation, "@first_confidence", DbType.Double, facts.SymptomRead?.Confidence);
            Add(conversation, "@symptom", DbType.String, facts.Symptom);
            Add(conversation, "@reasks", DbType.Int32, facts.Reasks);
            Add(conversation, "@not_understood", DbType.Int32, facts.NotUnderstood);
            Add(conversation, "@outcome", DbType.String, facts.Outcome);
            Add(conversation, "@reason", DbType.String, facts.EscalationReason);
            Add(conversation, "@rating", DbType.Int32, facts.Rating);
            Add(conversation, "@turns", DbType.Int32, facts.IsUserMessage ? 1 : 0);
            await conversation.ExecuteNonQueryAsync(ct);
        }

        foreach (var step in facts.Steps)
        {
            await using var flow = Command(connection, transaction, UpsertFlow);
            Keys(flow, facts);
            Add(flow, "@flow", DbType.String, step.Flow);
            Add(flow, "@at", DbType.Int64, at);
            Add(flow, "@step", DbType.Int32, step.Index);
            await flow.ExecuteNonQueryAsync(ct);
        }

        if (facts.Outcome is { } outcome)
        {
            await using var end = Command(connection, transaction, EndFlows);
            Keys(end, facts);
            Add(end, "@outcome", DbType.String, outcome);
            await end.ExecuteNonQueryAsync(ct);
        }

        foreach (var item in facts.Review)
        {
            await using var review = Command(connection, transaction, InsertReview);
            Keys(review, facts);
            Add(review, "@id", DbType.String, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)));
            Add(review, "@at", DbType.Int64, at);
            Add(review, "@kind", DbType.String, item.Kind);
            Add(review, "@place", DbType.String, item.Place);
            Add(review, "@text", DbType.String, item.Text);
            Add(review, "@language", DbType.String, facts.Language);
            Add(review, "@guess", DbType.String, item.Guess);
            Add(review, "@confidence", DbType.Double, item.Confidence);
            await review.ExecuteNonQueryAsync(ct);
        }

        for (var i = 0; i < Math.Min(facts.Transcript.Count, MaxLinesPerTurn); i++)
        {
            var line = facts.Transcript[i];
            await using var insert = Command(connection, transaction, InsertLine);
            Keys(insert, facts);
            Add(insert, "@seq", DbType.Int64, (at * MaxLinesPerTurn) + i);
            Add(insert, "@at", DbType.Int64, line.At.ToUnixTimeMilliseconds());
            Add(insert, "@speaker", DbType.String, line.Speaker);
            Add(insert, "@text", DbType.String, line.Text);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Keys(DbCommand command, TurnFacts facts)
    {
        Add(command, "@channel", DbType.String, facts.ChannelId);
        Add(command, "@conversation", DbType.String, facts.ConversationId);
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
