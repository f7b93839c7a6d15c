using System.Security.Cryptography;
using System.Text;
using SupportBot.Bot.Analytics.Writing;
using SupportBot.Dialogs.Analytics;

namespace SupportBot.Bot.Analytics;

/// <summary>
/// Writes turns' facts into <see cref="FactsTables"/>. A batch's turns are applied per conversation to its row and its
/// flows as read from the tables (<see cref="ConversationRecord"/>), written back once, and the dashboard's figures move
/// with them (a count taken from what the row was, added to what it is). Statements are prepared once a transaction; a
/// transaction holds at most <see cref="ConversationsPerTransaction"/> conversations, so the state writers that queue
/// behind it (SQLite has one writer) never wait for a whole batch. Review items and transcript lines are appended.
/// </summary>
internal sealed class ConversationFactsStore(FactsDatabase database)
{
    /// <summary>Transcript lines a turn can add (sequence numbers are the turn's start in ms × this, plus the line's place).</summary>
    public const int MaxLinesPerTurn = 64;

    /// <summary>
    /// Conversations written in one transaction: about a millisecond of holding the database's write lock, so the turns'
    /// state writes queued behind it wait no longer than for another turn (64 measured 10–20% fewer turns/s in
    /// <c>./bench.sh e2e</c>: bursts of waiting turns).
    /// </summary>
    public const int ConversationsPerTransaction = 8;

    /// <summary>Writes <paramref name="batch"/> (turns in the order they ended), a few conversations a transaction.</summary>
    public async Task WriteAsync(IReadOnlyList<TurnFacts> batch, CancellationToken cancellationToken)
    {
        var conversations = batch.GroupBy(turn => (turn.ChannelId, turn.ConversationId)).ToList();
        foreach (var chunk in conversations.Chunk(ConversationsPerTransaction))
        {
            await database.Required.WriteInTransactionAsync(
                async (connection, transaction, ct) =>
                {
                    await using var statements = new FactsStatements(connection, transaction);
                    var figures = new Dictionary<FigureKey, long>();
                    var flowFigures = new Dictionary<FlowFigureKey, long>();
                    foreach (var turns in chunk)
                    {
                        await WriteConversationAsync(statements, figures, flowFigures, turns.Key.ChannelId, turns.Key.ConversationId, turns, ct);
                    }

                    await WriteFiguresAsync(statements, figures, flowFigures, ct);
                    return chunk.Length;
                },
                cancellationToken);
        }
    }

    private async Task WriteConversationAsync(
        FactsStatements statements, Dictionary<FigureKey, long> figures, Dictionary<FlowFigureKey, long> flowFigures,
        string channelId, string conversationId, IEnumerable<TurnFacts> turns, CancellationToken ct)
    {
        if (database.HasConcurrentWriters)
        {
            await statements.Lock.Set("@key", LockKey(channelId, conversationId)).ExecuteAsync(ct);
        }

        var before = await statements.ReadConversationAsync(channelId, conversationId, ct);
        var record = before?.Copy() ?? new ConversationRecord { ChannelId = channelId, ConversationId = conversationId };
        var flowsBefore = await statements.ReadFlowsAsync(channelId, conversationId, ct);
        var flows = new Dictionary<string, FlowRecord>(flowsBefore, StringComparer.Ordinal);
        foreach (var turn in turns)
        {
            record.Apply(turn);
            var at = turn.At.ToUnixTimeMilliseconds();
            foreach (var step in turn.Steps)
            {
                flows[step.Flow] = flows.TryGetValue(step.Flow, out var flow)
                    ? flow with { LastStep = Math.Max(flow.LastStep, step.Index) }
                    : new FlowRecord(step.Flow, at, step.Index, null);
            }

            if (turn.Outcome is { } outcome)
            {
                // The flows this case went through end with it; a flow entered later belongs to the next case.
                foreach (var open in flows.Values.Where(flow => flow.Outcome is null).ToList())
                {
                    flows[open.Flow] = open with { Outcome = outcome };
                }
            }

            await AppendTurnAsync(statements, channelId, conversationId, turn, at, ct);
        }

        await statements.WriteConversationAsync(record, ct);
        Move(figures, before?.Figures(), record.Figures());
        foreach (var flow in flows.Values.Where(flow => !flowsBefore.TryGetValue(flow.Flow, out var old) || old != flow))
        {
            await statements.WriteFlowAsync(channelId, conversationId, flow, ct);
            Move(flowFigures, flowsBefore.TryGetValue(flow.Flow, out var old) ? [old.Figure] : null, [flow.Figure]);
        }
    }

    private static async Task AppendTurnAsync(FactsStatements statements, string channelId, string conversationId, TurnFacts turn, long at, CancellationToken ct)
    {
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

    /// <summary>Takes one from each count the row was in, adds one to each it is in now (an unchanged row nets to nothing).</summary>
    private static void Move<TKey>(Dictionary<TKey, long> counts, IEnumerable<TKey>? before, IEnumerable<TKey> after)
        where TKey : notnull
    {
        foreach (var key in before ?? [])
        {
            counts[key] = counts.GetValueOrDefault(key) - 1;
        }

        foreach (var key in after)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    private static async Task WriteFiguresAsync(
        FactsStatements statements, Dictionary<FigureKey, long> figures, Dictionary<FlowFigureKey, long> flowFigures, CancellationToken ct)
    {
        foreach (var (key, change) in figures.Where(figure => figure.Value != 0))
        {
            await statements.Figure
                .Set("@hour", key.HourMs).Set("@dimension", key.Dimension).Set("@value", key.Value).Set("@outcome", key.Outcome).Set("@change", change)
                .ExecuteAsync(ct);
        }

        foreach (var (key, change) in flowFigures.Where(figure => figure.Value != 0))
        {
            await statements.FlowFigure
                .Set("@hour", key.HourMs).Set("@flow", key.Flow).Set("@step", key.LastStep).Set("@outcome", key.Outcome).Set("@change", change)
                .ExecuteAsync(ct);
        }
    }

    /// <summary>A stable 64-bit key for PostgreSQL's advisory lock on one conversation.</summary>
    private static long LockKey(string channelId, string conversationId) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(channelId + "\n" + conversationId)), 0);
}
