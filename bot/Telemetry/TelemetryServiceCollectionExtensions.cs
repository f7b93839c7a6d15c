using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SupportBot.Dialogs.Analytics;

namespace SupportBot.Bot.Telemetry;

/// <summary>Registers OpenTelemetry for SupportBot's meter and source, with the exporters the <c>Telemetry</c> section names, and nothing when it names none.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// With an OTLP endpoint, a Prometheus scrape endpoint or an Azure Monitor connection string: metrics (SupportBot's,
    /// ASP.NET Core's, HttpClient's, the runtime's) to each, traces (SupportBot's turn spans under ASP.NET Core's request
    /// spans) to OTLP and Azure Monitor, and the facts sink measured. Call after <c>AddConversationAnalytics</c>.
    /// </summary>
    public static IServiceCollection AddSupportBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddSingleton(Options.Create(options));
        if (!options.AnyExporter)
        {
            return services;
        }

        if (options.Otlp.Enabled && !Uri.TryCreate(options.Otlp.Endpoint, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException("Telemetry:Otlp:Endpoint must be an absolute URL such as http://localhost:4317.");
        }

        if (options.Prometheus.Enabled && !options.Prometheus.Path.StartsWith('/'))
        {
            throw new InvalidOperationException("Telemetry:Prometheus:Path must start with / (default /metrics).");
        }

        MeasureFacts(services);
        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(SupportBotTelemetry.Name));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(SupportBotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
            if (options.Otlp.Enabled)
            {
                metrics.AddOtlpExporter(otlp => Configure(otlp, options.Otlp));
            }

            if (options.Prometheus.Enabled)
            {
                metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeEndpointPath = options.Prometheus.Path);
            }

            if (options.AzureMonitor.Enabled)
            {
                metrics.AddAzureMonitorMetricExporter(azure => azure.ConnectionString = options.AzureMonitor.ConnectionString);
            }
        });

        if (options.Otlp.Enabled || options.AzureMonitor.Enabled)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.AddSource(SupportBotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (options.Otlp.Enabled)
                {
                    tracing.AddOtlpExporter(otlp => Configure(otlp, options.Otlp));
                }

                if (options.AzureMonitor.Enabled)
                {
                    tracing.AddAzureMonitorTraceExporter(azure => azure.ConnectionString = options.AzureMonitor.ConnectionString);
                }
            });
        }

        return services;
    }

    private static void Configure(OpenTelemetry.Exporter.OtlpExporterOptions otlp, TelemetryOptions.OtlpSettings settings)
    {
        otlp.Endpoint = new Uri(settings.Endpoint!);
        otlp.Protocol = settings.Protocol;
        if (!string.IsNullOrWhiteSpace(settings.Headers))
        {
            otlp.Headers = settings.Headers;
        }
    }

    /// <summary>Wraps the registered <see cref="IConversationFactsSink"/> so each turn's facts are counted on their way.</summary>
    private static void MeasureFacts(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IConversationFactsSink))
            ?? throw new InvalidOperationException("AddSupportBotTelemetry must follow AddConversationAnalytics.");
        services.Remove(registered);
        services.AddSingleton<IConversationFactsSink>(sp => new MeasuredFactsSink(Inner(sp, registered)));
    }

    private static IConversationFactsSink Inner(IServiceProvider services, ServiceDescriptor registered) =>
        (IConversationFactsSink)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));
}
