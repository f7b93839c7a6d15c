using Serilog.Core;
using Serilog.Events;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Logging;

/// <summary>
/// Wraps a sink so that an exception whose message holds sensitive data (a parser quoting user
/// input) or control characters reaches it redacted and escaped. An enricher cannot do this:
/// <see cref="LogEvent.Exception"/> is read-only, so the event is rebuilt around a
/// <see cref="RedactedException"/>. Only messages (of the exception and its inner exceptions) are
/// touched, never stack frames or exception headers (<see cref="LogText.RedactExceptionText"/>).
/// </summary>
internal sealed class ExceptionRedactingSink(ILogEventSink inner, ISensitiveDataRedactor redactor) : ILogEventSink, IDisposable
{
    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Exception is not { } exception || SafeText(exception) is not { } text)
        {
            inner.Emit(logEvent);
            return;
        }

        inner.Emit(new LogEvent(
            logEvent.Timestamp,
            logEvent.Level,
            new RedactedException(LogText.RedactExceptionMessage(LogText.EscapeControlCharacters(exception.Message), redactor), text),
            logEvent.MessageTemplate,
            logEvent.Properties.Select(p => new LogEventProperty(p.Key, p.Value)),
            logEvent.TraceId ?? default,
            logEvent.SpanId ?? default));
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    /// <summary>The exception's text with its messages escaped and redacted, or null when none needed it.</summary>
    private string? SafeText(Exception exception)
    {
        var text = exception.ToString();
        var escaped = text;
        foreach (var message in MessagesOf(exception).Distinct())
        {
            // A message may span lines ("\n[12:00:00 ERR] FAKE LOG LINE"): escaped whole, it stays on its header line.
            var safe = LogText.EscapeControlCharacters(message);
            if (!ReferenceEquals(safe, message))
            {
                escaped = escaped.Replace(message, safe, StringComparison.Ordinal);
            }
        }

        var redacted = LogText.RedactExceptionText(escaped, redactor);
        return ReferenceEquals(redacted, text) ? null : redacted;
    }

    private static IEnumerable<string> MessagesOf(Exception exception)
    {
        yield return exception.Message;
        var inners = exception is AggregateException aggregate
            ? aggregate.InnerExceptions
            : exception.InnerException is { } single ? [single] : [];
        foreach (var message in inners.SelectMany(MessagesOf))
        {
            yield return message;
        }
    }
}
