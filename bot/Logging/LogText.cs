using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Logging;

/// <summary>What logged text goes through: control characters escaped, exception text redacted in its messages only.</summary>
internal static partial class LogText
{
    // C0 controls, DEL, C1 controls, the Unicode line and paragraph separators and the bidirectional overrides:
    // each could end a log line early, recolour a terminal or turn text around.
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Concat([0x2028, 0x2029])
            .Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4)).Select(c => (char)c)));

    /// <summary>
    /// <paramref name="value"/> with every control character written as an escape (<c>\n</c>, <c>\r</c>,
    /// <c>\t</c>, <c>\u001B</c>…), so a logged value can neither start a fake log line nor send ANSI
    /// escapes to a terminal. The same instance when there is nothing to escape.
    /// </summary>
    public static string EscapeControlCharacters(string value)
    {
        var first = value.AsSpan().IndexOfAny(ControlCharacters);
        if (first < 0)
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 16).Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (!ControlCharacters.Contains(c))
            {
                escaped.Append(c);
                continue;
            }

            escaped.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ => $"\\u{(int)c:X4}",
            });
        }

        return escaped.ToString();
    }

    /// <summary>Whether <paramref name="text"/> reads as an exception's text (a message and stack frames).</summary>
    public static bool LooksLikeExceptionText(string text) => text.Contains("\n   at ", StringComparison.Ordinal);

    /// <summary>
    /// Exception text (<see cref="Exception.ToString"/>) with the messages redacted and the rest kept as
    /// it is: stack frames hold code locations (<c>&lt;SendAsync&gt;g__Core|83_0</c>), exception headers
    /// hold type names and error codes (<c>SocketException (0xFFFDFFFF)</c>), never user text. The same
    /// instance when nothing was redacted.
    /// </summary>
    public static string RedactExceptionText(string text, ISensitiveDataRedactor redactor)
    {
        StringBuilder? result = null;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text[lineStart..lineEnd];
            var safe = RedactLine(line, redactor);
            if (result is null && !ReferenceEquals(safe, line))
            {
                result = new StringBuilder(text.Length).Append(text, 0, lineStart);
            }

            result?.Append(safe);
            lineStart = lineEnd;
        }

        return result?.ToString() ?? text;
    }

    private static string RedactLine(string line, ISensitiveDataRedactor redactor)
    {
        if (StackFrame().IsMatch(line))
        {
            return line;
        }

        // "System.Net.Sockets.SocketException (0xFFFDFFFF): message", " ---> System.FormatException: message".
        var header = ExceptionHeader().Match(line);
        var messageStart = header.Success ? header.Length : 0;
        var message = line[messageStart..];
        var safe = redactor.Redact(message);
        return ReferenceEquals(safe, message) ? line : string.Concat(line.AsSpan(0, messageStart), safe);
    }

    [GeneratedRegex(@"^\s*(?:at\s|---\s|End of inner exception stack trace)")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"^\s*(?:--->\s*)?[\w.`+\[\],<>]+(?:\s\(0x[0-9A-Fa-f]+\))?:\s")]
    private static partial Regex ExceptionHeader();
}
