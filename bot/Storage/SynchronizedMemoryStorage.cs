using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Storage;

/// <summary>
/// The Bot Framework's <see cref="MemoryStorage"/> (for tests only: it forgets everything on restart),
/// given the same ETag rules and atomic create-if-absent as the durable stores, so one conformance
/// suite holds for all of them. Every call runs under one lock; that is the whole point here.
/// </summary>
internal sealed class SynchronizedMemoryStorage : IConditionalStorage, IDisposable
{
    private readonly MemoryStorage _inner = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await _inner.ReadAsync(keys, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await EnsureNoConflictAsync(changes, cancellationToken);
            foreach (var (key, value) in changes)
            {
                await WriteOneAsync(key, value, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await _inner.DeleteAsync(keys, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<bool> TryCreateAsync(string key, object value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var existing = await _inner.ReadAsync([key], cancellationToken);
            if (existing.ContainsKey(key))
            {
                return false;
            }

            await WriteOneAsync(key, value, cancellationToken);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task EnsureNoConflictAsync(IDictionary<string, object> changes, CancellationToken cancellationToken)
    {
        var conditional = changes
            .Where(change => ExpectedETag(change.Value) is not null)
            .ToDictionary(change => change.Key, change => ExpectedETag(change.Value));
        if (conditional.Count == 0)
        {
            return;
        }

        var current = await _inner.ReadAsync([.. conditional.Keys], cancellationToken);
        foreach (var (key, expected) in conditional)
        {
            // As in MemoryStorage, an ETag-carrying write to a key nobody holds creates it.
            if (current.TryGetValue(key, out var stored) && (stored as IStoreItem)?.ETag != expected)
            {
                throw ETagConflictException.ForKey(key, expected);
            }
        }
    }

    private async Task WriteOneAsync(string key, object? value, CancellationToken cancellationToken)
    {
        if (value is not IStoreItem item)
        {
            await _inner.WriteAsync(new Dictionary<string, object> { [key] = value! }, cancellationToken);
            return;
        }

        // Checked above; "*" tells MemoryStorage to skip its own (stricter: null means conflict) check.
        item.ETag = "*";
        await _inner.WriteAsync(new Dictionary<string, object> { [key] = item }, cancellationToken);
        var written = await _inner.ReadAsync([key], cancellationToken);
        item.ETag = (written[key] as IStoreItem)?.ETag;
    }

    private static string? ExpectedETag(object? value) =>
        (value as IStoreItem)?.ETag is { Length: > 0 } etag && etag != "*" ? etag : null;
}
