using System.Collections.Concurrent;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// Wakes the WebSocket streams of a conversation when activities were appended to it. In-process
/// only: with several instances behind a load balancer the durable store must notify instead.
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
