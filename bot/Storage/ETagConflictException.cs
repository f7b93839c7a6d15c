namespace SupportBot.Bot.Storage;

/// <summary>
/// A write carried an ETag that no longer matches the stored item: someone else wrote it first.
/// Derives from <see cref="ArgumentException"/> because that is what the Bot Framework's
/// <c>MemoryStorage</c> throws for the same case, so callers catching that keep working.
/// </summary>
public sealed class ETagConflictException : ArgumentException
{
    public ETagConflictException()
        : base("Etag conflict.")
    {
    }

    public ETagConflictException(string message)
        : base(message)
    {
    }

    public ETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a conflict on <paramref name="key"/>.</summary>
    public static ETagConflictException ForKey(string key, string? expectedETag) =>
        new($"Etag conflict on key '{key}': the stored item no longer has ETag '{expectedETag}'.");
}
