namespace SupportBot.Bot.Storage;

/// <summary>A store that can drop the items under a key prefix last written before a given time.</summary>
internal interface IExpiringStorage
{
    /// <summary>Deletes the items whose key starts with <paramref name="keyPrefix"/> written before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteWrittenBeforeAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
