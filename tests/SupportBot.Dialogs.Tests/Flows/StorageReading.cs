using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.Tests.Flows;

/// <summary>The Bot Framework's MemoryStorage (JSON round trips), remembering which keys were written so tests can list records.</summary>
internal sealed class RecordingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly ConcurrentDictionary<string, byte> _keys = new();

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var key in changes.Keys)
        {
            _keys[key] = 0;
        }

        return _inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _inner.DeleteAsync(keys, cancellationToken);

    /// <summary>Every stored item whose key starts with <paramref name="prefix"/>, read back as <typeparamref name="T"/>.</summary>
    public async Task<IReadOnlyList<T>> StoredAsync<T>(string prefix)
    {
        var keys = _keys.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        var items = await _inner.ReadAsync(keys, CancellationToken.None);
        return [.. items.Values.Select(v => JObject.FromObject(v).ToObject<T>()!)];
    }

    /// <summary>All stored JSON, for searching what was kept.</summary>
    public async Task<string> DumpAsync()
    {
        var items = await _inner.ReadAsync([.. _keys.Keys], CancellationToken.None);
        return string.Join("\n", items.Select(p => p.Key + " " + JObject.FromObject(p.Value).ToString(Newtonsoft.Json.Formatting.None)));
    }
}
