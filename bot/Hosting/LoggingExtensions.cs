using Serilog;
using Serilog.Formatting.Compact;

namespace SupportBot.Bot.Hosting;

internal static class LoggingExtensions
{
    /// <summary>
    /// Serilog for everything: readable console lines by default, compact JSON
    /// (<c>Serilog:Format = Json</c>) for log collectors. Levels come from the <c>Serilog</c> section.
    /// </summary>
    public static WebApplicationBuilder AddSupportBotLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();

            if (string.Equals(builder.Configuration["Serilog:Format"], "Json", StringComparison.OrdinalIgnoreCase))
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}");
            }
        });
        return builder;
    }
}
