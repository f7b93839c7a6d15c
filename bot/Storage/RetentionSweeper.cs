using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Storage;

/// <summary>
/// Deletes what a conversation left behind once it is older than <see cref="StorageOptions.RetentionDays"/>
/// (last written before the cutoff), once an hour: conversation and user state (the redacted
/// transcript lives in conversation state), Direct Line conversations, history rows and heads,
/// handoff and outcome records. Activity claims have their own, shorter window
/// (<see cref="ActivityClaimSweeper"/>). Stores that cannot expire items (the in-memory one) are left alone.
/// </summary>
/// <remarks>
/// By last write, item by item: a Direct Line conversation still in use keeps its newer history rows,
/// and one idle for the whole period goes entirely. Each kind is one <c>DELETE … WHERE item_key LIKE …
/// AND updated_at_ms &lt; cutoff</c> (a scan, once an hour).
/// </remarks>
internal sealed partial class RetentionSweeper(
    IConditionalStorage storage, IOptions<StorageOptions> options, TimeProvider time, ILogger<RetentionSweeper> logger) : HourlySweeper(time)
{
    /// <summary>Key prefixes of per-conversation data (Direct Line, records).</summary>
    public static readonly string[] Prefixes = ["directline-conversation/", "directline-activity/", "directline-head/", "handoff/", "outcome/"];

    /// <summary>Key segments of Bot Framework state: <c>{channelId}/conversations/{id}</c>, <c>{channelId}/users/{id}</c>.</summary>
    public static readonly string[] StateSegments = ["conversations", "users"];

    /// <summary>Deletes everything past the retention period now; returns how many items.</summary>
    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        if (storage is not IExpiringStorage expiring)
        {
            return 0;
        }

        var cutoff = Time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        var deleted = 0;
        foreach (var prefix in Prefixes)
        {
            deleted += await expiring.DeleteWrittenBeforeAsync(prefix, cutoff, cancellationToken);
        }

        foreach (var segment in StateSegments)
        {
            deleted += await expiring.DeleteSegmentWrittenBeforeAsync(segment, cutoff, cancellationToken);
        }

        LogPurged(logger, deleted, options.Value.RetentionDays);
        return deleted;
    }

    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => PurgeOnceAsync(cancellationToken);

    protected override void LogFailed(Exception exception) => LogPurgeFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} items older than {Days} days")]
    private static partial void LogPurged(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention: could not delete old conversation data")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
