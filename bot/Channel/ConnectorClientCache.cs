using System.Collections.Concurrent;
using Microsoft.Bot.Connector;

namespace SupportBot.Bot.Channel;

/// <summary>
/// The Bot Framework connector clients, one per bot app id, audience and channel service URL, kept
/// across turns as the SDK's older <c>BotFrameworkAdapter</c> kept them. <c>CloudAdapter</c> builds a
/// new client for every turn, and that constructor (user-agent regular expressions, serializer
/// settings, request headers) cost more CPU than the reply it sends. The client's credentials
/// cache and refresh their own token, so sharing them is what they are made for.
/// </summary>
/// <remarks>
/// Bounded: a service URL comes from the incoming activity, so past <see cref="Capacity"/> clients
/// a new key gets a client of its own for the turn instead of growing the cache.
/// </remarks>
internal sealed class ConnectorClientCache : IDisposable
{
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<string, Lazy<Task<IConnectorClient>>> _clients = new(StringComparer.Ordinal);

    /// <summary>The shared client for <paramref name="key"/>, or (cache full) a fresh one the caller owns.</summary>
    public async Task<(IConnectorClient Client, bool Shared)> GetAsync(string key, Func<Task<IConnectorClient>> create)
    {
        if (!_clients.TryGetValue(key, out var entry))
        {
            if (_clients.Count >= Capacity)
            {
                return (await create().ConfigureAwait(false), false);
            }

            entry = _clients.GetOrAdd(key, _ => new Lazy<Task<IConnectorClient>>(create));
        }

        try
        {
            return (await entry.Value.ConfigureAwait(false), true);
        }
        catch
        {
            // A failed creation (credentials unavailable, say) must not stick: the next turn tries again.
            _clients.TryRemove(new KeyValuePair<string, Lazy<Task<IConnectorClient>>>(key, entry));
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var entry in _clients.Values)
        {
            if (entry.IsValueCreated && entry.Value.IsCompletedSuccessfully)
            {
                entry.Value.Result.Dispose();
            }
        }

        _clients.Clear();
    }
}
