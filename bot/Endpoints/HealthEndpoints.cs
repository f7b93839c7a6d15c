using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace SupportBot.Bot.Endpoints;

internal static class HealthEndpoints
{
    public const string ReadinessTag = "ready";
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";

    /// <summary>
    /// <c>/healthz</c>: the process answers (liveness, runs no checks).
    /// <c>/readyz</c>: the checks tagged <see cref="ReadinessTag"/> pass, storage above all.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadinessTag),
        });
        return endpoints;
    }
}
