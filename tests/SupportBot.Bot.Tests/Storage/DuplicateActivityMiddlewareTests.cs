using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
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
    public void OnlyTheMostRecentIdsAreRemembered()
    {
        var recent = new RecentActivityIds();

        foreach (var id in new[] { "a", "b", "c" })
        {
            recent.Remember(id, capacity: 2);
        }

        Assert.Equal(["b", "c"], recent.Ids);
    }

    public void Dispose() => _file.Dispose();

    private static DeliveringTestAdapter AdapterOn(IConditionalStorage storage, string conversationId)
    {
        var adapter = new DeliveringTestAdapter(conversationId);
        adapter.Use(new DuplicateActivityMiddleware(storage, Options.Create(new StorageOptions()), NullLogger<DuplicateActivityMiddleware>.Instance));
        return adapter;
    }

    private Task AnswerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _answers);
        return turnContext.SendActivityAsync("answer", cancellationToken: cancellationToken);
    }
}
