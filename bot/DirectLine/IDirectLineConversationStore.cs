using Microsoft.Bot.Schema;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// Where Direct Line conversations and their activity streams are kept, so a reloaded page can
/// resume from a watermark. Implementations must be safe for concurrent use; activities handed to
/// <see cref="AppendAsync"/> are not modified by the caller afterwards.
/// </summary>
internal interface IDirectLineConversationStore
{
    /// <summary>Records a new conversation; false when the id is already taken.</summary>
    Task<bool> TryCreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    /// <summary>The conversation, or null when there is none with that id.</summary>
    Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Keeps that the conversation ended (<see cref="DirectLineConversation.EndedAt"/> set).</summary>
    Task EndAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    /// <summary>
    /// Appends activities in order, numbering them: each gets the next watermark and the id
    /// <c>{conversationId}|{watermark:D7}</c>. Returns the watermark of the last one.
    /// </summary>
    Task<long> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>The activities after <paramref name="watermark"/> (0 = from the start), at most <paramref name="maxCount"/>.</summary>
    Task<DirectLineActivityPage> ReadAsync(string conversationId, long watermark, int maxCount, CancellationToken cancellationToken);
}

/// <summary>Activities read from a conversation and the watermark to read on from.</summary>
internal sealed record DirectLineActivityPage(IReadOnlyList<Activity> Activities, long Watermark);
