using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

public sealed class DuplicateActivityMiddlewareTests : IDisposable
{
    private readonly TempSqliteFile _file = new();
    private int _answers;

    [Fact]
    public async Task AnActivityDeliveredTwiceIsAnsweredOnce()
    {
        var adapter = AdapterOn(new SqliteStorage(_file.Path, TimeProvider.System), "conversation-1");

        await adapter.DeliverAsync("activity-1", AnswerAsync);
        await adapter.DeliverAsync("activity-1", AnswerAsync);

        Assert.Equal(1, _answers);
    }

    [Fact]
    public async Task ARedeliveryToAnotherInstanceOnTheSameDatabaseIsNotAnsweredAgain()
    {
        var first = AdapterOn(new SqliteStorage(_file.Path, TimeProvider.System), "conversation-2");
        var second = AdapterOn(new SqliteStorage(_file.Path, TimeProvider.System), "conversation-2");

        await first.DeliverAsync("activity-1", AnswerAsync);
        await second.DeliverAsync("activity-1", AnswerAsync);

        Assert.Equal(1, _answers);
    }

    [Fact]
    public async Task TwoSimultaneousDeliveriesToTwoInstancesAreAnsweredOnce()
    {
        var first = AdapterOn(new SqliteStorage(_file.Path, TimeProvider.System), "conversation-3");
        var second = AdapterOn(new SqliteStorage(_file.Path, TimeProvider.System), "conversation-3");

        await Task.WhenAll(
            Task.Run(() => first.DeliverAsync("activity-1", AnswerAsync)),
            Task.Run(() => second.DeliverAsync("activity-1", AnswerAsync)));

        Assert.Equal(1, _answers);
    }

    [Fact]
    public async Task DistinctActivitiesOfAConversationAreEachAnswered()
    {
        var adapter = AdapterOn(new SqliteStorage(_file.Path, TimeProvider.System), "conversation-4");

        await adapter.DeliverAsync("activity-1", AnswerAsync);
        await adapter.DeliverAsync("activity-2", AnswerAsync);

        Assert.Equal(2, _answers);
    }

    [Fact]
    public async Task AfterAFailedTurnTheChannelsRetryIsAnswered()
    {
        var adapter = AdapterOn(new SqliteStorage(_file.Path, TimeProvider.System), "conversation-5");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            adapter.DeliverAsync("activity-1", (_, _) => throw new InvalidOperationException("backend down")));
        await adapter.DeliverAsync("activity-1", AnswerAsync);

        Assert.Equal(1, _answers);
    }

    [Fact]
    public async Task ConversationsDoNotShareActivityIdsEvenWhenTheirIdsContainSlashes()
    {
        var first = AdapterOn(new SqliteStorage(_file.Path, TimeProvider.System), "a/b");
        var second = AdapterOn(new SqliteStorage(_file.Path, TimeProvider.System), "a");

        await first.DeliverAsync("c", AnswerAsync);
        await second.DeliverAsync("b/c", AnswerAsync);

        Assert.Equal(2, _answers);
    }

    [Fact]
    public async Task ClaimsOlderThanTheWindowAreForgottenAndNewerOnesKept()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var storage = new SqliteStorage(_file.Path, time);
        var adapter = AdapterOn(storage, "conversation-6", time);
        var sweeper = new ActivityClaimSweeper(
            storage, Options.Create(new StorageOptions { RememberActivityIdsFor = TimeSpan.FromHours(24) }), time, NullLogger<ActivityClaimSweeper>.Instance);
        await storage.WriteAsync(new Dictionary<string, object> { ["emulator/conversations/conversation-6"] = new CounterItem { Count = 1 } });
        await adapter.DeliverAsync("old", AnswerAsync);
        time.Advance(TimeSpan.FromHours(20));
        await adapter.DeliverAsync("recent", AnswerAsync);
        time.Advance(TimeSpan.FromHours(5));

        var forgotten = await sweeper.SweepOnceAsync(CancellationToken.None);
        await adapter.DeliverAsync("old", AnswerAsync);
        await adapter.DeliverAsync("recent", AnswerAsync);

        Assert.Equal(1, forgotten);
        Assert.Equal(3, _answers);
        Assert.Single(await storage.ReadAsync(["emulator/conversations/conversation-6"]));
    }

    public void Dispose() => _file.Dispose();

    private static DeliveringTestAdapter AdapterOn(IConditionalStorage storage, string conversationId, TimeProvider? time = null)
    {
        var adapter = new DeliveringTestAdapter(conversationId);
        adapter.Use(new DuplicateActivityMiddleware(storage, time ?? TimeProvider.System, NullLogger<DuplicateActivityMiddleware>.Instance));
        return adapter;
    }

    private Task AnswerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _answers);
        return turnContext.SendActivityAsync("answer", cancellationToken: cancellationToken);
    }
}
