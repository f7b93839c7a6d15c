using System.Collections.Concurrent;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// Wakes this instance's WebSocket streams of a conversation when it appended activities to it.
/// In-process only: streams find what other instances appended by polling the store
/// (<see cref="DirectLineOptions.StreamPollInterval"/>).
/// </summary>
internal sealed class DirectLineActivitySignal
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);

    /// <summary>
    /// Completes at the next <see cref="Notify"/> for the conversation. Take it before reading the
    /// store, so an append between the read and the wait is not missed.
    /// </summary>
    public Task NextAppendAsync(string conversationId) =>
        _waiters.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Notify(string conversationId)
    {
        if (_waiters.TryRemove(conversationId, out var waiter))
        {
            waiter.TrySetResult();
        }
    }
}
