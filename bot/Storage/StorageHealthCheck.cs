using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SupportBot.Bot.Storage;

/// <summary>Ready when the store answers a read of a probe key (tagged <c>ready</c>).</summary>
internal sealed class StorageHealthCheck : IHealthCheck
{
    /// <summary>The name the check is registered under.</summary>
    public const string Name = "storage";

    private const string ProbeKey = "health/probe";

    private readonly IStorage _storage;

    public StorageHealthCheck(IStorage storage)
    {
        _storage = storage;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await _storage.ReadAsync([ProbeKey], cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The state store did not answer.", exception);
        }
    }
}
