using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// Keeps conversations in process memory: enough for one instance and for development; they are
/// lost on restart. The durable store replaces it through <see cref="IDirectLineConversationStore"/>.
/// </summary>
internal sealed class InMemoryDirectLineConversationStore : IDirectLineConversationStore
{
    private readonly ConcurrentDictionary<string, Log> _conversations = new(StringComparer.Ordinal);

    public Task<bool> TryCreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.TryAdd(conversation.Id, new Log(conversation)));

    public Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.TryGetValue(conversationId, out var log) ? log.Conversation : null);

    public Task<long> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var log = Get(conversationId);
        lock (log.Activities)
        {
            foreach (var activity in activities)
            {
                activity.Id = string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{log.Activities.Count + 1:D7}");
                log.Activities.Add(activity);
            }

            return Task.FromResult((long)log.Activities.Count);
        }
    }

    public Task<DirectLineActivityPage> ReadAsync(string conversationId, long watermark, int maxCount, CancellationToken cancellationToken)
    {
        var log = Get(conversationId);
        lock (log.Activities)
        {
            var from = (int)Math.Clamp(watermark, 0, log.Activities.Count);
            var count = Math.Min(maxCount, log.Activities.Count - from);
            var page = log.Activities.GetRange(from, count);
            return Task.FromResult(new DirectLineActivityPage(page, from + count));
        }
    }

    private Log Get(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var log)
            ? log
            : throw new KeyNotFoundException("No Direct Line conversation with that id.");

    private sealed record Log(DirectLineConversation Conversation)
    {
        public List<Activity> Activities { get; } = [];
    }
}
