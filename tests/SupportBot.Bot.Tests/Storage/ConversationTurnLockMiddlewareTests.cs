using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

public sealed class ConversationTurnLockMiddlewareTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task TwoTurnsOfOneConversationSentAtTheSameMoment_AreBothCounted()
    {
        var bot = new CountingBot(new SqliteStorage(_file.Path, TimeProvider.System))
        {
            BetweenReadAndSave = () => Task.Delay(200),
        };
        var adapter = new DeliveringTestAdapter("conversation-1");
        adapter.Use(LockFor(bot));

        await Task.WhenAll(adapter.DeliverAsync("a1", bot.OnTurnAsync), adapter.DeliverAsync("a2", bot.OnTurnAsync));

        Assert.Equal(2, await bot.ReadCountAsync(adapter));
        Assert.Equal(2, bot.TurnsRun);
    }

    [Fact]
    public async Task TurnsOfDifferentConversationsAreNotMadeToWaitForEachOther()
    {
        var storage = new SqliteStorage(_file.Path, TimeProvider.System);
        var bot = new CountingBot(storage) { BetweenReadAndSave = ConcurrencyCheckedStateStorageTests.BarrierFor(2) };
        var middleware = LockFor(bot);
        var first = new DeliveringTestAdapter("conversation-a");
        var second = new DeliveringTestAdapter("conversation-b");
        first.Use(middleware);
        second.Use(middleware);

        // Each turn waits at the barrier until the other has read: this only finishes if they run side by side.
        await Task.WhenAll(first.DeliverAsync("a1", bot.OnTurnAsync), second.DeliverAsync("b1", bot.OnTurnAsync));

        Assert.Equal(0, middleware.BusyConversations);
    }

    [Fact]
    public async Task OnTwoInstancesATurnThatLostTheRaceBeforeReplyingIsRunAgainOnFreshState()
    {
        var bothHaveRead = ConcurrencyCheckedStateStorageTests.BarrierFor(2);
        var (firstBot, firstAdapter) = Instance("conversation-2", bothHaveRead);
        var (secondBot, secondAdapter) = Instance("conversation-2", bothHaveRead);

        await Task.WhenAll(firstAdapter.DeliverAsync("a1", firstBot.OnTurnAsync), secondAdapter.DeliverAsync("a2", secondBot.OnTurnAsync));

        Assert.Equal(2, await firstBot.ReadCountAsync(firstAdapter));
        Assert.Equal(3, firstBot.TurnsRun + secondBot.TurnsRun);
    }

    [Fact]
    public async Task OnTwoInstancesATurnThatLostTheRaceAfterReplyingFailsInsteadOfOverwriting()
    {
        var bothHaveRead = ConcurrencyCheckedStateStorageTests.BarrierFor(2);
        var (firstBot, firstAdapter) = Instance("conversation-3", bothHaveRead);
        var (secondBot, secondAdapter) = Instance("conversation-3", bothHaveRead);
        firstBot.RepliesBeforeSaving = secondBot.RepliesBeforeSaving = true;

        var outcomes = await Task.WhenAll(
            ConcurrencyCheckedStateStorageTests.Outcome(firstAdapter.DeliverAsync("a1", firstBot.OnTurnAsync)),
            ConcurrencyCheckedStateStorageTests.Outcome(secondAdapter.DeliverAsync("a2", secondBot.OnTurnAsync)));

        Assert.Single(outcomes, o => o is ETagConflictException);
        Assert.Equal(1, await firstBot.ReadCountAsync(firstAdapter));
    }

    [Fact]
    public async Task ATurnThatStartsAnotherTurnOfItsConversationDoesNotWaitForItself()
    {
        var bot = new CountingBot(new SqliteStorage(_file.Path, TimeProvider.System));
        var adapter = new DeliveringTestAdapter("conversation-4");
        adapter.Use(LockFor(bot));
        var innerRan = false;

        await adapter.DeliverAsync("a1", async (turnContext, ct) =>
            await adapter.DeliverAsync("proactive", (_, _) =>
            {
                innerRan = true;
                return Task.CompletedTask;
            }, ct)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(innerRan);
    }

    public void Dispose() => _file.Dispose();

    private static ConversationTurnLockMiddleware LockFor(CountingBot bot) =>
        new(bot.State, NullLogger<ConversationTurnLockMiddleware>.Instance);

    // A bot process of its own: its own store client, state and (so separate) turn lock, on the shared file.
    private (CountingBot Bot, DeliveringTestAdapter Adapter) Instance(string conversationId, Func<Task> betweenReadAndSave)
    {
        var bot = new CountingBot(new SqliteStorage(_file.Path, TimeProvider.System)) { BetweenReadAndSave = betweenReadAndSave };
        var adapter = new DeliveringTestAdapter(conversationId);
        adapter.Use(LockFor(bot));
        return (bot, adapter);
    }
}
