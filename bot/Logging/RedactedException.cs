namespace SupportBot.Bot.Logging;

/// <summary>
/// Stands in for a logged exception whose text contained sensitive data: same type name in its
/// text, message and <see cref="ToString"/> (what sinks render) redacted.
/// </summary>
internal sealed class RedactedException : Exception
{
    private readonly string _text;

    public RedactedException(string message, string text)
        : base(message) => _text = text;

    public RedactedException()
        : this(string.Empty, string.Empty)
    {
    }

    public RedactedException(string message)
        : this(message, message)
    {
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException) => _text = message;

    public override string ToString() => _text;
}
