namespace SupportBot.Bot.Storage;

/// <summary>
/// A background service that deletes what the store no longer needs once an hour. A sweep that fails is
/// logged and tried again the next hour: meanwhile old items are only kept a little longer.
/// </summary>
internal abstract class HourlySweeper(TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>The clock the sweeps and their cutoffs run on.</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>One sweep; returns how many items were deleted.</summary>
    protected abstract Task<int> SweepAsync(CancellationToken cancellationToken);

    /// <summary>Says that a sweep failed (the subclass's own log message).</summary>
    protected abstract void LogFailed(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }
    }
}
