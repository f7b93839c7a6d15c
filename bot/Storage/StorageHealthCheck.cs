using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SupportBot.Bot.Storage;

/// <summary>
/// Ready when the store takes a write of a probe item within <see cref="Timeout"/> (tagged
/// <c>ready</c>). A read alone said Healthy for a read-only database on which every turn failed.
/// </summary>
internal sealed class StorageHealthCheck(IStorage storage, TimeProvider time) : IHealthCheck
{
    /// <summary>The name the check is registered under.</summary>
    public const string Name = "storage";

    /// <summary>Longest wait for the probe: a store that holds writes longer than this is not ready for turns.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // On another thread: SQLite waits for a held write lock synchronously (busy_timeout), before the
            // probe's first await, so the time limit could not start counting on this one.
            await Task.Run(() => StorageProbe.WriteAsync(storage, time, cancellationToken), cancellationToken).WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"The state store did not take a write within {Timeout.TotalSeconds:0} s.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The state store did not take a write.", exception);
        }
    }
}
