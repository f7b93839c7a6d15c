using Serilog;
using Serilog.Configuration;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Logging;

internal static class RedactionLoggerConfigurationExtensions
{
    /// <summary>
    /// Redacts what a user typed from everything logged: properties through a
    /// <see cref="RedactingEnricher"/>, added as the last enricher (call this after every other
    /// <c>Enrich</c>), and exception text through an <see cref="ExceptionRedactingSink"/> around
    /// the sinks that <paramref name="writeTo"/> configures.
    /// </summary>
    public static LoggerConfiguration WriteToRedacted(
        this LoggerConfiguration logger,
        ISensitiveDataRedactor redactor,
        Action<LoggerSinkConfiguration> writeTo) =>
        logger.Enrich.With(new RedactingEnricher(redactor))
            .WriteTo.Sink(LoggerSinkConfiguration.Wrap(sink => new ExceptionRedactingSink(sink, redactor), writeTo));
}
