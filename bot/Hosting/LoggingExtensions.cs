using Serilog;
using Serilog.Formatting.Compact;
using SupportBot.Bot.Logging;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Hosting;

internal static class LoggingExtensions
{
    /// <summary>
    /// Serilog for everything: readable console lines by default, compact JSON
    /// (<c>Serilog:Format = Json</c>) for log collectors. Levels come from the <c>Serilog</c> section.
    /// </summary>
    public static WebApplicationBuilder AddSupportBotLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: each host (tests run several) keeps its own pipeline instead of taking over Log.Logger.
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();

            // Whatever a user typed that reaches a log event (properties, exception messages) is redacted.
            var redactor = services.GetRequiredService<ISensitiveDataRedactor>();
            if (string.Equals(builder.Configuration["Serilog:Format"], "Json", StringComparison.OrdinalIgnoreCase))
            {
                logger.WriteToRedacted(redactor, sinks => sinks.Console(new RenderedCompactJsonFormatter()));
            }
            else
            {
                logger.WriteToRedacted(redactor, sinks => sinks.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}"));
            }
        }, preserveStaticLogger: true);
        return builder;
    }
}
