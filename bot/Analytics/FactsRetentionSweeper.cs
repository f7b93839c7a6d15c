using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Analytics;

/// <summary>
/// Deletes old facts once an hour: what people typed (transcript lines, review items) after <c>Storage:RetentionDays</c>,
/// like the conversation state it came from; the figures (conversation and flow rows) after
/// <see cref="AnalyticsOptions.RetentionDays"/>, counted from the conversation's last message, and the dashboard's
/// added-up counts by the hour they were started in.
/// </summary>
internal sealed partial class FactsRetentionSweeper(
    FactsDatabase database, IOptions<AnalyticsOptions> analytics, IOptions<StorageOptions> storage, TimeProvider time,
    ILogger<FactsRetentionSweeper> logger) : HourlySweeper(time)
{
    /// <summary>Deletes everything past its retention period now; returns how many rows.</summary>
    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        if (database.Storage is not { } sql)
        {
            return 0;
        }

        var now = Time.GetUtcNow();
        var textCutoff = (now - TimeSpan.FromDays(storage.Value.RetentionDays)).ToUnixTimeMilliseconds();
        var figuresCutoff = (now - TimeSpan.FromDays(analytics.Value.RetentionDays)).ToUnixTimeMilliseconds();
        var deleted = await sql.WriteInTransactionAsync(
            async (connection, transaction, ct) =>
                await DeleteAsync(connection, transaction, $"DELETE FROM {FactsTables.Transcript} WHERE at_ms < @cutoff", textCutoff, ct)
                + await DeleteAsync(connection, transaction, $"DELETE FROM {FactsTables.Review} WHERE at_ms < @cutoff", textCutoff, ct)
                + await DeleteAsync(
                    connection, transaction,
                    $"""
                    DELETE FROM {FactsTables.Flows} WHERE EXISTS (SELECT 1 FROM {FactsTables.Conversations} c
                        WHERE c.channel_id = {FactsTables.Flows}.channel_id AND c.conversation_id = {FactsTables.Flows}.conversation_id
                        AND c.last_activity_at_ms < @cutoff)
                    """,
                    figuresCutoff, ct)
                + await DeleteAsync(connection, transaction, $"DELETE FROM {FactsTables.Conversations} WHERE last_activity_at_ms < @cutoff", figuresCutoff, ct)
                + await DeleteAsync(connection, transaction, $"DELETE FROM {FactsTables.Figures} WHERE hour_ms < @cutoff", figuresCutoff, ct)
                + await DeleteAsync(connection, transaction, $"DELETE FROM {FactsTables.FlowFigures} WHERE hour_ms < @cutoff", figuresCutoff, ct),
            cancellationToken);
        LogPurged(logger, deleted);
        return deleted;
    }

    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => PurgeOnceAsync(cancellationToken);

    protected override void LogFailed(Exception exception) => LogPurgeFailed(logger, exception);

    private static async Task<int> DeleteAsync(DbConnection connection, DbTransaction transaction, string sql, long cutoff, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@cutoff";
        parameter.DbType = DbType.Int64;
        parameter.Value = cutoff;
        command.Parameters.Add(parameter);
        return await command.ExecuteNonQueryAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics retention: deleted {Count} old rows")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics retention: could not delete old facts")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
