using Microsoft.Bot.Builder;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.State;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>
/// A bot whose every turn adds one to a counter in conversation state, pausing between reading and
/// saving (at <see cref="BetweenReadAndSave"/>) so tests can make turns overlap.
/// </summary>
internal sealed class CountingBot
{
    private readonly IStatePropertyAccessor<int> _count;
    private int _turnsRun;

    public CountingBot(IConditionalStorage storage)
    {
        var state = new TrackedConversationState(new ConcurrencyCheckedStateStorage(storage));
        State = state;
        _count = state.CreateProperty<int>("count");
    }

    public ConversationState State { get; }

    /// <summary>Awaited by every turn after it has read the counter and before it saves.</summary>
    public Func<Task> BetweenReadAndSave { get; set; } = () => Task.CompletedTask;

    /// <summary>Whether a turn replies before saving (a turn that has replied cannot be run again).</summary>
    public bool RepliesBeforeSaving { get; set; }

    /// <summary>How many times the bot logic started, retries included.</summary>
    public int TurnsRun => Volatile.Read(ref _turnsRun);

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _turnsRun);
        var count = await _count.GetAsync(turnContext, () => 0, cancellationToken);
        await BetweenReadAndSave();
        await _count.SetAsync(turnContext, count + 1, cancellationToken);
        if (RepliesBeforeSaving)
        {
            await turnContext.SendActivityAsync($"{count + 1}", cancellationToken: cancellationToken);
        }

        await State.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }

    /// <summary>The counter as a fresh turn in <paramref name="adapter"/>'s conversation would see it.</summary>
    public async Task<int> ReadCountAsync(DeliveringTestAdapter adapter)
    {
        var count = -1;
        await adapter.DeliverAsync(Guid.NewGuid().ToString("N"), async (turnContext, ct) =>
            count = await _count.GetAsync(turnContext, () => 0, ct));
        return count;
    }
}
