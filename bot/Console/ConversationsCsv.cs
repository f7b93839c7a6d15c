using System.Globalization;
using System.Text;
using SupportBot.Bot.Analytics.Queries;

namespace SupportBot.Bot.Console;

/// <summary>
/// The conversation facts as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma,
/// quote or line break, quotes doubled), one row per conversation under a header row. Values are the stored ones, not
/// the page's labels, so the file reads the same whatever the operator's language. A field that starts with
/// <c>= + - @</c> (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet shows it as text
/// instead of running it as a formula (conversation and channel ids come from outside).
/// </summary>
public static class ConversationsCsv
{
    public static readonly string[] Header =
    [
        "channel_id", "conversation_id", "started_at", "last_activity_at", "language", "first_symptom", "first_confidence",
        "symptom", "outcome", "escalation_reason", "rating", "turns", "reasks", "not_understood",
    ];

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    public static string Line(ConversationRow row, TimeSpan offset) => Line(
    [
        row.ChannelId,
        row.ConversationId,
        Time(row.StartedAt, offset),
        Time(row.LastActivityAt, offset),
        row.Language,
        row.FirstSymptom,
        row.FirstConfidence?.ToString("0.###", CultureInfo.InvariantCulture),
        row.Symptom,
        row.Outcome,
        row.EscalationReason,
        row.Rating?.ToString(CultureInfo.InvariantCulture),
        row.Turns.ToString(CultureInfo.InvariantCulture),
        row.Reasks.ToString(CultureInfo.InvariantCulture),
        row.NotUnderstood.ToString(CultureInfo.InvariantCulture),
    ]);

    /// <summary>One field: neutralised against formulas, then quoted if it must be.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
        return text.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>Writes the header and every row as they are read, flushing every so often so a large export starts at once.</summary>
    public static async Task WriteAsync(Stream body, IAsyncEnumerable<ConversationRow> rows, TimeSpan offset, CancellationToken cancellationToken)
    {
        // A byte-order mark, so a spreadsheet opens the Japanese labels as UTF-8.
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(Line(Header));
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(row, offset));
            if (++written % 1_000 == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>ISO 8601 in the reporting offset, to the second (2026-12-03T09:15:02+09:00).</summary>
    private static string Time(DateTimeOffset at, TimeSpan offset) => at.ToOffset(offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
