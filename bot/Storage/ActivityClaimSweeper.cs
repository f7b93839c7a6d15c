using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Storage;

/// <summary>
/// Deletes activity claims older than <see cref="StorageOptions.RememberActivityIdsFor"/>, once an
/// hour, so the store holds about that long a window of activity ids. Stores that cannot expire
/// items (the in-memory one, for tests) are left alone.
/// </summary>
internal sealed partial class ActivityClaimSweeper(
    IConditionalStorage storage, IOptions<StorageOptions> options, TimeProvider time, ILogger<ActivityClaimSweeper> logger) : HourlySweeper(time)
{
    /// <summary>Deletes the claims that are too old now; returns how many.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        if (storage is not IExpiringStorage expiring)
        {
            return 0;
        }

        var deleted = await expiring.DeleteWrittenBeforeAsync(
            ConversationKeys.ActivityClaimPrefix, Time.GetUtcNow() - options.Value.RememberActivityIdsFor, cancellationToken);
        LogSwept(logger, deleted);
        return deleted;
    }

    protected override Task<int> SweepAsync(CancellationToken cancellationToken) => SweepOnceAsync(cancellationToken);

    protected override void LogFailed(Exception exception) => LogSweepFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Forgot {Count} activity claims past their window")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not forget old activity claims")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
