using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Storage;

/// <summary>
/// Runs the turns of one conversation one at a time, so two messages arriving together (a double
/// click, a channel retry, a fast typist) see each other's state instead of overwriting it.
/// </summary>
/// <remarks>
/// The lock is per process. Across instances, conversation and user state are saved conditionally
/// (<see cref="ConcurrencyCheckedStateStorage"/>): a turn that lost the race gets
/// <see cref="ETagConflictException"/>. If it has not replied yet it is run again on freshly loaded
/// state; otherwise the exception goes on to the adapter's error handler and nothing is overwritten.
/// Register it before <see cref="DuplicateActivityMiddleware"/>, so a redelivery waits for the
/// first delivery to finish and is then recognised.
/// </remarks>
internal sealed partial class ConversationTurnLockMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private const int MaxAttempts = 3;

    private readonly KeyedAsyncLock _locks = new();
    private readonly ConversationState _conversationState;
    private readonly ILogger<ConversationTurnLockMiddleware> _logger;

    public ConversationTurnLockMiddleware(ConversationState conversationState, ILogger<ConversationTurnLockMiddleware> logger)
    {
        _conversationState = conversationState;
        _logger = logger;
    }

    /// <summary>How many conversations have a turn running or waiting in this process.</summary>
    public int BusyConversations => _locks.ActiveKeys;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var conversation = ConversationKeys.Conversation(turnContext.Activity);
        if (conversation is null)
        {
            await next(cancellationToken);
            return;
        }

        await _locks.RunExclusiveAsync(conversation, ct => RunWithRetryAsync(turnContext, next, ct), cancellationToken);
    }

    private async Task RunWithRetryAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await next(cancellationToken);
                return;
            }
            catch (ETagConflictException) when (attempt < MaxAttempts && !turnContext.Responded)
            {
                LogRetry(turnContext.Activity.Id, attempt);
                await _conversationState.LoadAsync(turnContext, force: true, cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity {ActivityId}: state changed under the turn (attempt {Attempt}); running it again on fresh state")]
    private partial void LogRetry(string activityId, int attempt);
}
