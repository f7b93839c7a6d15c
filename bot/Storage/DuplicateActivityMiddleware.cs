using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Storage;

/// <summary>
/// Answers each activity id of a conversation once. Channels deliver an activity again when the
/// reply is slow (Teams and Direct Line after about 15 s); the repeat is dropped. The ids live in the
/// shared store (one bounded <see cref="RecentActivityIds"/> per conversation, key
/// <c>dedupe/{channelId}/{conversationId}</c>), so this holds across restarts and instances.
/// </summary>
/// <remarks>
/// An id is claimed before the turn runs, with an ETag-conditional write (or an atomic create for a
/// conversation's first activity), so of two simultaneous deliveries exactly one runs. If the turn
/// fails, the claim is withdrawn so that the channel's retry gets a real answer.
/// </remarks>
internal sealed partial class DuplicateActivityMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private const int MaxClaimAttempts = 10;

    private readonly IConditionalStorage _storage;
    private readonly int _capacity;
    private readonly ILogger<DuplicateActivityMiddleware> _logger;

    public DuplicateActivityMiddleware(IConditionalStorage storage, IOptions<StorageOptions> options, ILogger<DuplicateActivityMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _storage = storage;
        _capacity = options.Value.RememberedActivityIds;
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activityId = turnContext.Activity.Id;
        var key = ConversationKeys.RecentActivities(turnContext.Activity);
        if (string.IsNullOrEmpty(activityId) || key is null)
        {
            await next(cancellationToken);
            return;
        }

        if (!await TryClaimAsync(key, activityId, cancellationToken))
        {
            LogDuplicate(activityId, turnContext.Activity.ChannelId);
            return;
        }

        try
        {
            await next(cancellationToken);
        }
        catch
        {
            await ReleaseAsync(key, activityId);
            throw;
        }
    }

    private async Task<bool> TryClaimAsync(string key, string activityId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxClaimAttempts; attempt++)
        {
            var record = await ReadAsync(key, cancellationToken);
            if (record is null)
            {
                var fresh = new RecentActivityIds();
                fresh.Remember(activityId, _capacity);
                if (await _storage.TryCreateAsync(key, fresh, cancellationToken))
                {
                    return true;
                }

                continue;
            }

            if (record.Ids.Contains(activityId))
            {
                return false;
            }

            record.Remember(activityId, _capacity);
            try
            {
                await _storage.WriteAsync(new Dictionary<string, object> { [key] = record }, cancellationToken);
                return true;
            }
            catch (ETagConflictException)
            {
                // Another instance recorded an activity of this conversation meanwhile; read again.
            }
        }

        throw new InvalidOperationException($"Could not record activity {activityId} after {MaxClaimAttempts} attempts: the store is too contended.");
    }

    private async Task ReleaseAsync(string key, string activityId)
    {
        for (var attempt = 0; attempt < MaxClaimAttempts; attempt++)
        {
            var record = await ReadAsync(key, CancellationToken.None);
            if (record is null || !record.Ids.Remove(activityId))
            {
                return;
            }

            try
            {
                await _storage.WriteAsync(new Dictionary<string, object> { [key] = record }, CancellationToken.None);
                return;
            }
            catch (ETagConflictException)
            {
                // Read again and retry.
            }
        }
    }

    private async Task<RecentActivityIds?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var items = await _storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var value) ? StorageSerializer.As<RecentActivityIds>(value) : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped activity {ActivityId} on channel {ChannelId}: it was already answered")]
    private partial void LogDuplicate(string activityId, string channelId);
}
