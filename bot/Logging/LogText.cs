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

    /// <summary>
    /// An exception's message redacted. Some libraries quote a whole inner exception in their message
    /// (Microsoft.IdentityModel's <c>IDX20803: … Exception: 'System.IO.IOException: …\n   at …'</c>),
    /// escaped onto one line by then: its embedded stack frames are kept as code, as on real lines, and
    /// the text between them is redacted run by run, each run whole (a value stays with the words before
    /// it). Only what has a frame's shape (<c>at Type.Method(…)</c>) is kept, and text after it is redacted, so a message cannot
    /// hide a value behind an "at".
    /// </summary>
    public static string RedactExceptionMessage(string message, ISensitiveDataRedactor redactor)
    {
        var pieces = message.Contains(EscapedNewline, StringComparison.Ordinal) ? message.Split(EscapedNewline) : [message];
        if (!pieces.Skip(1).Any(IsEmbeddedFrame))
        {
            return redactor.Redact(message);
        }

        var kept = new List<string>(pieces.Length);
        var run = new List<string>();
        foreach (var (piece, index) in pieces.Select((piece, index) => (piece, index)))
        {
            var frame = index > 0 ? EmbeddedStackFrame().Match(piece) : Match.Empty;
            if (!frame.Success)
            {
                run.Add(piece);
                continue;
            }

            FlushRun();
            // The last frame of a quoted exception runs on into the outer message ("…:line 42'. password: …").
            kept.Add(frame.Length == piece.Length ? piece : string.Concat(piece.AsSpan(0, frame.Length), redactor.Redact(piece[frame.Length..])));
        }

        FlushRun();
        var redacted = string.Join(EscapedNewline, kept);
        return redacted == message ? message : redacted;

        void FlushRun()
        {
            if (run.Count > 0)
            {
                kept.Add(RedactAfterHeader(string.Join(EscapedNewline, run), redactor.Redact));
                run.Clear();
            }
        }
    }

    private static bool IsEmbeddedFrame(string piece) => EmbeddedStackFrame().IsMatch(piece);

    private const string EscapedNewline = @"\n";

    private static string RedactLine(string line, ISensitiveDataRedactor redactor) =>
        StackFrame().IsMatch(line) ? line : RedactAfterHeader(line, message => RedactExceptionMessage(message, redactor));

    private static string RedactAfterHeader(string line, Func<string, string> redact)
    {
        // "System.Net.Sockets.SocketException (0xFFFDFFFF): message", " ---> System.FormatException: message".
        var header = ExceptionHeader().Match(line);
        var messageStart = header.Success ? header.Length : 0;
        var message = line[messageStart..];
        var safe = redact(message);
        return ReferenceEquals(safe, message) ? line : string.Concat(line.AsSpan(0, messageStart), safe);
    }

    // A frame at the start of a piece (what follows it, if anything, is message text and is redacted).
    [GeneratedRegex(@"^\s*(?:at [\w.`<>|\[\],+]+\([^()]*\)(?: in [^\n'""]*?:line \d+)?|--- End of (?:inner exception )?stack trace(?: from previous location)? ---)")]
    private static partial Regex EmbeddedStackFrame();

    [GeneratedRegex(@"^\s*(?:at\s|---\s|End of inner exception stack trace)")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"^\s*(?:--->\s*)?[\w.`+\[\],<>]+(?:\s\(0x[0-9A-Fa-f]+\))?:\s")]
    private static partial Regex ExceptionHeader();
}
