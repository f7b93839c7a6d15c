namespace SupportBot.Dialogs.Privacy;

/// <summary>Replaces sensitive values with markers such as <c>[redacted:card]</c> before text is recorded.</summary>
public interface ISensitiveDataRedactor
{
    /// <summary>
    /// <paramref name="text"/> with every sensitive value replaced by its marker; the same
    /// instance when nothing was found, and an empty string for null.
    /// </summary>
    string Redact(string? text);
}
