using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Storage;

/// <summary>
/// Deletes activity claims older than <see cref="StorageOptions.RememberActivityIdsFor"/>, once an
/// hour, so the store holds about that long a window of activity ids. Stores that cannot expire
/// items (the in-memory one, for tests) are left alone.
/// </summary>
internal sealed partial class ActivityClaimSweeper(
    IConditionalStorage storage, IOptions<StorageOptions> options, TimeProvider time, ILogger<ActivityClaimSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Deletes the claims that are too old now; returns how many.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        if (storage is not IExpiringStorage expiring)
        {
            return 0;
        }

        var deleted = await expiring.DeleteWrittenBeforeAsync(
            ConversationKeys.ActivityClaimPrefix, time.GetUtcNow() - options.Value.RememberActivityIdsFor, cancellationToken);
        LogSwept(logger, deleted);
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next hour tries again; meanwhile claims only accumulate.
                LogSweepFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Forgot {Count} activity claims past their window")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not forget old activity claims")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
