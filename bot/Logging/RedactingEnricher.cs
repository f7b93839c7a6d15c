using System.Globalization;
using System.Numerics;
using Serilog.Core;
using Serilog.Events;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Logging;

/// <summary>
/// Rewrites every string a log event carries (scalar properties, and strings inside structures,
/// sequences and dictionaries) through the redactor, so nothing a user typed reaches a sink
/// unredacted. Message templates are constant text, so redacting properties covers the rendered
/// message too. Must be the last enricher, after <c>FromLogContext</c>, to see every property.
/// Numbers are left alone unless long enough to be a card number (13+ digits): counts, ports and
/// durations are not user text, and the bare-code rule would otherwise hide them. Exception text
/// carried as a string is redacted in its messages only, never in its stack frames. Every string,
/// kept properties included, then has its control characters escaped (<see cref="LogText.EscapeControlCharacters"/>):
/// a channel id holding a newline and a fake log line, or ANSI escapes, cannot forge or recolour the text log.
/// </summary>
internal sealed class RedactingEnricher(ISensitiveDataRedactor redactor, IEnumerable<string>? propertiesToKeep = null)
    : ILogEventEnricher
{
    private const int MinCardDigits = 13;

    private readonly HashSet<string> _propertiesToKeep = [.. propertiesToKeep ?? DefaultPropertiesToKeep];

    /// <summary>
    /// Properties that carry identifiers the host produces, never user text, and that would look
    /// like passwords to the shape rule (Direct Line conversation ids mix cases and digits).
    /// </summary>
    public static IReadOnlyList<string> DefaultPropertiesToKeep { get; } =
    [
        "SourceContext", "ConversationId", "ActivityId", "ChannelId", "RequestId", "ConnectionId",
        "TraceId", "SpanId", "ParentId", "EventId", "RequestPath", "EndpointName",
    ];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? redacted = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var safe = _propertiesToKeep.Contains(name) ? Escape(value) : Redact(value);
            if (!ReferenceEquals(safe, value))
            {
                (redacted ??= []).Add(new LogEventProperty(name, safe));
            }
        }

        redacted?.ForEach(logEvent.AddOrUpdateProperty);
    }

    /// <summary>The value with its strings redacted; the same instance when nothing changed.</summary>
    private LogEventPropertyValue Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue scalar => Redact(scalar),
        SequenceValue sequence => RedactAll(sequence.Elements) is { } elements ? new SequenceValue(elements) : value,
        StructureValue structure => RedactAll(structure.Properties) is { } properties
            ? new StructureValue(properties, structure.TypeTag)
            : value,
        DictionaryValue dictionary => RedactAll(dictionary.Elements) is { } elements ? new DictionaryValue(elements) : value,
        _ => value,
    };

    private static LogEventPropertyValue Escape(LogEventPropertyValue value) =>
        value is ScalarValue { Value: string text } && LogText.EscapeControlCharacters(text) is var safe && !ReferenceEquals(safe, text)
            ? new ScalarValue(safe)
            : value;

    private ScalarValue Redact(ScalarValue scalar)
    {
        var text = scalar.Value switch
        {
            string s => s,
            Uri uri => uri.OriginalString,
            long or ulong or decimal or BigInteger => CardLengthNumber(scalar.Value),
            _ => null,
        };

        if (text is null)
        {
            return scalar;
        }

        var redacted = LogText.LooksLikeExceptionText(text) ? LogText.RedactExceptionText(text, redactor) : redactor.Redact(text);
        var safe = LogText.EscapeControlCharacters(redacted);
        return ReferenceEquals(safe, text) ? scalar : new ScalarValue(safe);
    }

    private static string? CardLengthNumber(object number)
    {
        var text = Convert.ToString(number, CultureInfo.InvariantCulture);
        return text?.Length >= MinCardDigits ? text : null;
    }

    private List<LogEventPropertyValue>? RedactAll(IReadOnlyList<LogEventPropertyValue> values)
    {
        List<LogEventPropertyValue>? result = null;
        for (var i = 0; i < values.Count; i++)
        {
            var safe = Redact(values[i]);
            if (result is null && !ReferenceEquals(safe, values[i]))
            {
                result = [.. values.Take(i)];
            }

            result?.Add(safe);
        }

        return result;
    }

    private List<LogEventProperty>? RedactAll(IReadOnlyList<LogEventProperty> properties)
    {
        var values = RedactAll(properties.Select(p => p.Value).ToList());
        return values?.Select((value, i) => new LogEventProperty(properties[i].Name, value)).ToList();
    }

    private List<KeyValuePair<ScalarValue, LogEventPropertyValue>>? RedactAll(
        IReadOnlyDictionary<ScalarValue, LogEventPropertyValue> elements)
    {
        var pairs = elements.ToList();
        var keys = RedactAll(pairs.Select(p => (LogEventPropertyValue)p.Key).ToList());
        var values = RedactAll(pairs.Select(p => p.Value).ToList());
        if (keys is null && values is null)
        {
            return null;
        }

        return pairs
            .Select((pair, i) => new KeyValuePair<ScalarValue, LogEventPropertyValue>(
                (ScalarValue)(keys?[i] ?? pair.Key),
                values?[i] ?? pair.Value))
            .ToList();
    }
}
