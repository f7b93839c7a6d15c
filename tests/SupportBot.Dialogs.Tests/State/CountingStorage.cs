using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Tests.State;

/// <summary>The Bot Framework's memory storage, counting the reads and writes that reach it.</summary>
internal sealed class CountingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    public int Reads { get; private set; }

    public int Writes { get; private set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Reads++;
        return _inner.ReadAsync(keys, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        Writes++;
        return _inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
}
