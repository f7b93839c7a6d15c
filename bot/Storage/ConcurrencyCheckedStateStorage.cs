using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Storage;

/// <summary>
/// Sits between a <see cref="BotState"/> (conversation or user state) and the store so that saving
/// state is conditional on the version the turn loaded. <c>BotState.SaveChangesAsync</c> itself is
/// last-writer-wins: it writes a plain dictionary. Here every state dictionary is stored inside a
/// <see cref="StateEnvelope"/> (an <see cref="IStoreItem"/>), and the ETag it was read with travels in
/// the dictionary under <see cref="ETagKey"/>, so a turn that saves over a newer version throws
/// <see cref="ETagConflictException"/> instead of silently discarding the other turn's changes.
/// State that did not exist when the turn began is created only if it still does not exist.
/// </summary>
/// <remarks>
/// <c>BotState.ClearStateAsync</c> starts a fresh dictionary without the ETag; that one save overwrites.
/// Not a general-purpose <see cref="IStorage"/>: a key that is missing reads back as an empty state
/// that remembers it was missing.
/// </remarks>
internal sealed class ConcurrencyCheckedStateStorage : IStorage
{
    /// <summary>The reserved state property holding the ETag the state was read with.</summary>
    public const string ETagKey = "$etag";

    private const string NotYetStored = "-";

    private readonly IConditionalStorage _inner;

    public ConcurrencyCheckedStateStorage(IConditionalStorage inner)
    {
        _inner = inner;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var stored = await _inner.ReadAsync(keys, cancellationToken);
        var result = new Dictionary<string, object>(keys.Length);
        foreach (var key in keys)
        {
            result[key] = stored.TryGetValue(key, out var value) ? Unwrap(value) : new Dictionary<string, object> { [ETagKey] = NotYetStored };
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            if (value is not IDictionary<string, object> state)
            {
                await _inner.WriteAsync(new Dictionary<string, object> { [key] = value }, cancellationToken);
                continue;
            }

            var readWith = state.TryGetValue(ETagKey, out var etag) ? etag as string : null;
            var envelope = new StateEnvelope
            {
                State = state.Where(p => p.Key != ETagKey).ToDictionary(p => p.Key, p => p.Value),
                ETag = readWith == NotYetStored ? null : readWith ?? "*",
            };

            if (readWith == NotYetStored)
            {
                if (!await _inner.TryCreateAsync(key, envelope, cancellationToken))
                {
                    throw ETagConflictException.ForKey(key, NotYetStored);
                }
            }
            else
            {
                await _inner.WriteAsync(new Dictionary<string, object> { [key] = envelope }, cancellationToken);
            }

            // The same turn may save again; it must do so as the version it just wrote.
            state[ETagKey] = envelope.ETag!;
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _inner.DeleteAsync(keys, cancellationToken);

    private static object Unwrap(object value)
    {
        if (value is not StateEnvelope envelope)
        {
            return value;
        }

        return new Dictionary<string, object>(envelope.State) { [ETagKey] = envelope.ETag! };
    }
}
