using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace SupportBot.Bot.Tests.Logging;

/// <summary>Keeps every event it receives, and renders them as a console and a JSON sink would.</summary>
internal sealed class CollectingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Messages, properties (as JSON) and exceptions of everything received.</summary>
    public string RenderAll()
    {
        using var output = new StringWriter();
        var json = new CompactJsonFormatter();
        foreach (var logEvent in _events)
        {
            output.WriteLine(logEvent.RenderMessage());
            json.Format(logEvent, output);
            output.WriteLine(logEvent.Exception?.ToString());
        }

        return output.ToString();
    }
}
