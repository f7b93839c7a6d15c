namespace SupportBot.Bot.Storage;

/// <summary>
/// One async mutex per key, created on first use and dropped when nobody holds or waits for it.
/// Re-entrant within one async flow, so a turn that starts another turn of the same conversation
/// (a proactive message sent from inside a turn) does not wait for itself.
/// </summary>
internal sealed class KeyedAsyncLock
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly AsyncLocal<HashSet<string>?> _heldByThisFlow = new();

    /// <summary>How many keys currently have a holder or a waiter.</summary>
    public int ActiveKeys
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Runs <paramref name="action"/> while holding <paramref name="key"/>.</summary>
    public async Task RunExclusiveAsync(string key, Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        var held = _heldByThisFlow.Value;
        if (held?.Contains(key) == true)
        {
            await action(cancellationToken);
            return;
        }

        var entry = Enter(key);
        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
            try
            {
                // Set here, in the frame that calls the action, so the action's flow sees it;
                // a new set each time so flows that forked earlier are unaffected.
                _heldByThisFlow.Value = new HashSet<string>(held ?? [], StringComparer.Ordinal) { key };
                await action(cancellationToken);
            }
            finally
            {
                entry.Semaphore.Release();
            }
        }
        finally
        {
            Leave(key, entry);
        }
    }

    private Entry Enter(string key)
    {
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            entry.Users++;
            return entry;
        }
    }

    private void Leave(string key, Entry entry)
    {
        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
