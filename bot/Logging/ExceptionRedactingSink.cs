using Serilog.Core;
using Serilog.Events;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Logging;

/// <summary>
/// Wraps a sink so that an exception whose message holds sensitive data (a parser quoting user
/// input) reaches it redacted. An enricher cannot do this: <see cref="LogEvent.Exception"/> is
/// read-only, so the event is rebuilt around a <see cref="RedactedException"/>. Only messages
/// (of the exception and its inner exceptions) are redacted: stack traces hold code locations,
/// never user text, and file names such as <c>Turn.cs:line</c> would trip the password rule.
/// </summary>
internal sealed class ExceptionRedactingSink(ILogEventSink inner, ISensitiveDataRedactor redactor) : ILogEventSink, IDisposable
{
    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Exception is not { } exception || RedactedText(exception) is not { } text)
        {
            inner.Emit(logEvent);
            return;
        }

        inner.Emit(new LogEvent(
            logEvent.Timestamp,
            logEvent.Level,
            new RedactedException(redactor.Redact(exception.Message), text),
            logEvent.MessageTemplate,
            logEvent.Properties.Select(p => new LogEventProperty(p.Key, p.Value)),
            logEvent.TraceId ?? default,
            logEvent.SpanId ?? default));
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    /// <summary>The exception's text with its messages redacted, or null when none needed it.</summary>
    private string? RedactedText(Exception exception)
    {
        string? text = null;
        foreach (var message in MessagesOf(exception).Distinct())
        {
            var safe = redactor.Redact(message);
            if (!ReferenceEquals(safe, message))
            {
                text = (text ?? exception.ToString()).Replace(message, safe, StringComparison.Ordinal);
            }
        }

        return text;
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
