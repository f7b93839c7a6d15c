namespace SupportBot.Dialogs.Privacy;

/// <summary>Finds passwords, card numbers, security codes, email addresses and phone numbers in user text.</summary>
public interface ISensitiveDataDetector
{
    /// <summary>
    /// The sensitive values in <paramref name="text"/>, non-overlapping and ordered by position;
    /// empty for null or empty text. Safe to call from many threads at once.
    /// </summary>
    IReadOnlyList<SensitiveFinding> Find(string? text);
}
