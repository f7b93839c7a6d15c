using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Storage;

/// <summary>
/// A write and read-back of one small item: proof that the store takes writes, which every turn
/// needs (a read alone succeeds on a read-only SQLite file). Used at start-up and by <c>/readyz</c>.
/// </summary>
internal sealed class StorageProbe
{
    public const string Key = "health/probe";

    public DateTimeOffset CheckedAt { get; set; }

    public static async Task WriteAsync(IStorage storage, TimeProvider time, CancellationToken cancellationToken)
    {
        var probe = new StorageProbe { CheckedAt = time.GetUtcNow() };
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = probe }, cancellationToken);
        await storage.ReadAsync([Key], cancellationToken);
    }
}
