namespace SupportBot.Bot.Storage;

/// <summary>A store that can drop items last written before a given time.</summary>
internal interface IExpiringStorage
{
    /// <summary>Deletes the items whose key starts with <paramref name="keyPrefix"/> written before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteWrittenBeforeAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the items whose key has <paramref name="segment"/> as a whole path segment after the
    /// first (<c>{channelId}/conversations/…</c> for <c>conversations</c>) written before <paramref name="cutoff"/>; returns how many.
    /// </summary>
    Task<int> DeleteSegmentWrittenBeforeAsync(string segment, DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
