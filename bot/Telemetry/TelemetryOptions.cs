using OpenTelemetry.Exporter;

namespace SupportBot.Bot.Telemetry;

/// <summary>
/// Where SupportBot's metrics and traces go (configuration section <c>Telemetry</c>). Every exporter is off by default;
/// with none configured nothing is registered and the instruments record nowhere.
/// </summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    public OtlpSettings Otlp { get; set; } = new();

    public PrometheusSettings Prometheus { get; set; } = new();

    public AzureMonitorSettings AzureMonitor { get; set; } = new();

    /// <summary>Whether any exporter is configured.</summary>
    public bool AnyExporter => Otlp.Enabled || Prometheus.Enabled || AzureMonitor.Enabled;

    internal sealed class OtlpSettings
    {
        /// <summary>The collector's address (<c>http://localhost:4317</c> for gRPC, <c>http://localhost:4318</c> for HTTP). Default: none, off.</summary>
        public string? Endpoint { get; set; }

        /// <summary><c>Grpc</c> or <c>HttpProtobuf</c>. Default: Grpc, the collector's default port 4317.</summary>
        public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;

        /// <summary>Extra headers, <c>key=value</c> comma-separated (an API key of a hosted collector). Default: none.</summary>
        public string? Headers { get; set; }

        public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);
    }

    internal sealed class PrometheusSettings
    {
        /// <summary>Whether the bot answers Prometheus scrapes. Default: off.</summary>
        public bool Enabled { get; set; }

        /// <summary>The scrape path. Default: <c>/metrics</c>.</summary>
        public string Path { get; set; } = "/metrics";

        /// <summary>
        /// Answer scrapes from anywhere. Default: off, only from this machine (loopback) and the networks of
        /// <c>ForwardedHeaders:KnownNetworks</c> (where the scraper of a cluster runs); others get 404.
        /// </summary>
        public bool AllowRemote { get; set; }
    }

    internal sealed class AzureMonitorSettings
    {
        /// <summary>The Application Insights connection string. Default: none, off.</summary>
        public string? ConnectionString { get; set; }

        public bool Enabled => !string.IsNullOrWhiteSpace(ConnectionString);
    }
}
