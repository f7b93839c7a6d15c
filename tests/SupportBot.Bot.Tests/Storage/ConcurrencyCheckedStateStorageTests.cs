using Microsoft.Bot.Builder;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

public sealed class ConcurrencyCheckedStateStorageTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task TwoInstancesSavingOneConversationAtOnce_TheLaterSaveConflictsInsteadOfOverwriting()
    {
        var first = new CountingBot(new SqliteStorage(_file.Path, TimeProvider.System));
        var second = new CountingBot(new SqliteStorage(_file.Path, TimeProvider.System));
        var adapter = new DeliveringTestAdapter("conversation-1");
        await adapter.DeliverAsync("a0", first.OnTurnAsync);
        var bothHaveRead = BarrierFor(2);
        first.BetweenReadAndSave = bothHaveRead;
        second.BetweenReadAndSave = bothHaveRead;

        var outcomes = await Task.WhenAll(
            Outcome(adapter.DeliverAsync("a1", first.OnTurnAsync)),
            Outcome(adapter.DeliverAsync("a2", second.OnTurnAsync)));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is ETagConflictException);
        Assert.Equal(2, await first.ReadCountAsync(adapter));
    }

    [Fact]
    public async Task AConversationStartedTwiceAtOnce_IsCreatedOnceAndTheOtherSaveConflicts()
    {
        var first = new CountingBot(new SqliteStorage(_file.Path, TimeProvider.System));
        var second = new CountingBot(new SqliteStorage(_file.Path, TimeProvider.System));
        var adapter = new DeliveringTestAdapter("conversation-new");
        var bothHaveRead = BarrierFor(2);
        first.BetweenReadAndSave = bothHaveRead;
        second.BetweenReadAndSave = bothHaveRead;

        var outcomes = await Task.WhenAll(
            Outcome(adapter.DeliverAsync("a1", first.OnTurnAsync)),
            Outcome(adapter.DeliverAsync("a2", second.OnTurnAsync)));

        Assert.Single(outcomes, o => o is ETagConflictException);
        Assert.Equal(1, await first.ReadCountAsync(adapter));
    }

    [Fact]
    public async Task ATurnThatSavesTwiceDoesNotConflictWithItself()
    {
        var storage = new SqliteStorage(_file.Path, TimeProvider.System);
        var state = new ConversationState(new ConcurrencyCheckedStateStorage(storage));
        var step = state.CreateProperty<string>("step");
        var adapter = new DeliveringTestAdapter("conversation-2");

        await adapter.DeliverAsync("a1", async (turnContext, ct) =>
        {
            await step.SetAsync(turnContext, "asked-for-email", ct);
            await state.SaveChangesAsync(turnContext, cancellationToken: ct);
            await step.SetAsync(turnContext, "asked-for-phone", ct);
            await state.SaveChangesAsync(turnContext, cancellationToken: ct);
        });

        string? saved = null;
        await adapter.DeliverAsync("a2", async (turnContext, ct) => saved = await step.GetAsync(turnContext, () => "none", ct));
        Assert.Equal("asked-for-phone", saved);
    }

    [Fact]
    public async Task StateSavedBeforeARestartIsThereAfterIt()
    {
        var before = new CountingBot(new SqliteStorage(_file.Path, TimeProvider.System));
        var adapter = new DeliveringTestAdapter("conversation-3");
        await adapter.DeliverAsync("a1", before.OnTurnAsync);
        await adapter.DeliverAsync("a2", before.OnTurnAsync);

        var afterRestart = new CountingBot(new SqliteStorage(_file.Path, TimeProvider.System));

        Assert.Equal(2, await afterRestart.ReadCountAsync(adapter));
    }

    public void Dispose() => _file.Dispose();

    /// <summary>A pause that lets each of <paramref name="parties"/> turns go on only once all have reached it.</summary>
    internal static Func<Task> BarrierFor(int parties)
    {
        var arrived = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return () =>
        {
            var count = Interlocked.Increment(ref arrived);
            if (count == parties)
            {
                all.SetResult();
            }

            return count <= parties ? all.Task.WaitAsync(TimeSpan.FromSeconds(10)) : Task.CompletedTask;
        };
    }

    internal static async Task<Exception?> Outcome(Task turn)
    {
        try
        {
            await turn;
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
