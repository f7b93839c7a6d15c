using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Storage;

/// <summary>
/// Answers each activity id of a conversation once. Channels deliver an activity again when the
/// reply is slow (Teams and Direct Line after about 15 s); the repeat is dropped. Each id is claimed
/// in the shared store (key <see cref="ConversationKeys.ActivityClaimKey"/>), so this holds across
/// restarts and instances; <see cref="ActivityClaimSweeper"/> forgets claims after
/// <see cref="StorageOptions.RememberActivityIdsFor"/>.
/// </summary>
/// <remarks>
/// The claim is one atomic create-if-absent before the turn runs, so of two simultaneous deliveries
/// exactly one runs; it costs a single insert, where a per-conversation list of recent ids cost a
/// read and a conditional write every turn. If the turn fails, the claim is withdrawn so that the
/// channel's retry gets a real answer.
/// </remarks>
internal sealed partial class DuplicateActivityMiddleware(
    IConditionalStorage storage, TimeProvider time, ILogger<DuplicateActivityMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var key = ConversationKeys.ActivityClaimKey(turnContext.Activity);
        if (key is null)
        {
            await next(cancellationToken);
            return;
        }

        if (!await storage.TryCreateAsync(key, new ActivityClaim { ClaimedAt = time.GetUtcNow() }, cancellationToken))
        {
            LogDuplicate(logger, turnContext.Activity.Id, turnContext.Activity.ChannelId);
            return;
        }

        try
        {
            await next(cancellationToken);
        }
        catch
        {
            await storage.DeleteAsync([key], CancellationToken.None);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped activity {ActivityId} on channel {ChannelId}: it was already answered")]
    private static partial void LogDuplicate(ILogger logger, string activityId, string channelId);
}
