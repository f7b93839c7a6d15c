using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Storage;

/// <summary>
/// An <see cref="IStorage"/> that can also create an item only when its key is absent, atomically,
/// across every process sharing the store. Writes follow these ETag rules for <see cref="IStoreItem"/>
/// values: <c>null</c>, empty or <c>"*"</c> overwrites; any other ETag must match the stored one or
/// the write throws <see cref="ETagConflictException"/>; each successful write assigns a new ETag and
/// sets it on the written item.
/// </summary>
internal interface IConditionalStorage : IStorage
{
    /// <summary>
    /// Stores <paramref name="value"/> under <paramref name="key"/> unless the key already exists.
    /// </summary>
    /// <returns><c>true</c> when this call created the item; <c>false</c> when the key was taken.</returns>
    Task<bool> TryCreateAsync(string key, object value, CancellationToken cancellationToken = default);
}
