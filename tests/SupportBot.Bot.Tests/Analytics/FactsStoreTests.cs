using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Analytics.Queries;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Storage;
using SupportBot.Dialogs.Analytics;

namespace SupportBot.Bot.Tests.Analytics;

/// <summary>
/// The facts on each SQL store: turns add up into one row a conversation, the dashboard sums them as an operator reads
/// them, and retention deletes what is past its time. Each test works in a day of its own, years before other tests' rows.
/// </summary>
public abstract class FactsStoreTests
{
    private static readonly FlowSteps Steps = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["forgot_password"] = ["AskEmailKnown", "ShowSteps", "AskOutcome", "HandleOutcome", "CodeArrived"],
        ["cache_cookie"] = ["AskDevice", "ShowSteps", "Outcome"],
    });

    // A past year of its own: the retention test's cutoff then lies long before the rows other test classes write now
    // into the same PostgreSQL database, and the dashboard's day holds only this test's conversations.
    private protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(1980, 1, 1, 1, 0, 0, TimeSpan.Zero).AddDays(Random.Shared.Next(0, 10_000)));

    private protected abstract SqlStorage Storage { get; }

    [SkippableFact]
    public async Task TurnsAddUpIntoOneRowAndTheLatestOutcomeWins()
    {
        var id = NewId();
        var first = Turn(id, f =>
        {
            f.SymptomRead = new SymptomReading("cache_cookie", 0.55);
            f.Symptom = "cache_cookie";
            f.Steps.Add(new FlowStep("cache_cookie", 0, "AskDevice"));
            f.Reasks = 1;
        });
        Time.Advance(TimeSpan.FromMinutes(1));
        var second = Turn(id, f =>
        {
            f.SymptomRead = new SymptomReading("forgot_password", 0.9);
            f.Symptom = "forgot_password";
            f.Steps.Add(new FlowStep("forgot_password", 0, "AskEmailKnown"));
            f.Steps.Add(new FlowStep("forgot_password", 1, "ShowSteps"));
            f.NotUnderstood = 1;
        });
        Time.Advance(TimeSpan.FromMinutes(1));
        var third = Turn(id, f =>
        {
            f.Outcome = Outcomes.Escalated;
            f.EscalationReason = EscalationReasons.StepsFailed;
        });
        await Store().WriteAsync([first, second, third], CancellationToken.None);

        var detail = (await Queries().ConversationAsync("webchat", id, CancellationToken.None))!;
        Assert.Equal("cache_cookie", detail.Facts.FirstSymptom);
        Assert.Equal(0.55, detail.Facts.FirstConfidence!.Value, 3);
        Assert.Equal("forgot_password", detail.Facts.Symptom);
        Assert.Equal(3, detail.Facts.Turns);
        Assert.Equal(1, detail.Facts.Reasks);
        Assert.Equal(1, detail.Facts.NotUnderstood);
        Assert.Equal(Outcomes.Escalated, detail.Facts.Outcome);
        Assert.Equal(EscalationReasons.StepsFailed, detail.Facts.EscalationReason);
        Assert.Equal(first.At, detail.Facts.StartedAt);
        Assert.Equal(third.At, detail.Facts.LastActivityAt);
        Assert.Collection(
            detail.Flows,
            flow => Assert.Equal(("cache_cookie", 0, "AskDevice", (string?)Outcomes.Escalated), (flow.Flow, flow.LastStep, flow.LastStepName, flow.Outcome)),
            flow => Assert.Equal(("forgot_password", 1, "ShowSteps", (string?)Outcomes.Escalated), (flow.Flow, flow.LastStep, flow.LastStepName, flow.Outcome)));
    }

    [SkippableFact]
    public async Task ANewCaseAfterAnOutcomeIsInProgressAgainUntilItEnds()
    {
        var id = NewId();
        await Store().WriteAsync([Turn(id, f => f.Outcome = Outcomes.OutOfScope)], CancellationToken.None);
        await Store().WriteAsync([Turn(id, f => f.Symptom = "forgot_password")], CancellationToken.None);

        var detail = (await Queries().ConversationAsync("webchat", id, CancellationToken.None))!;

        Assert.Equal(Outcomes.InProgress, detail.Facts.Outcome);
    }

    [SkippableFact]
    public async Task InOneBatchAFlowEnteredAfterAnOutcomeBelongsToTheNextCase()
    {
        var id = NewId();
        await Store().WriteAsync(
        [
            Turn(id, f => { f.Symptom = "cache_cookie"; f.Steps.Add(new("cache_cookie", 0, "AskDevice")); }),
            Turn(id, f => f.Outcome = Outcomes.Resolved),
            Turn(id, f => { f.Symptom = "forgot_password"; f.Steps.Add(new("forgot_password", 0, "AskEmailKnown")); }),
        ],
        CancellationToken.None);

        var detail = (await Queries().ConversationAsync("webchat", id, CancellationToken.None))!;

        Assert.Equal(Outcomes.InProgress, detail.Facts.Outcome);
        Assert.Equal(Outcomes.Resolved, detail.Flows.Single(f => f.Flow == "cache_cookie").Outcome);
        Assert.Null(detail.Flows.Single(f => f.Flow == "forgot_password").Outcome);
    }

    [SkippableFact]
    public async Task TheDashboardCountsOutcomesRatingsAndFunnelsOfTheConversationsStartedInThePeriod()
    {
        var period = await ClearedTodayAsync();
        var resolved = NewId();
        var escalated = NewId();
        var abandoned = NewId();
        var outOfScope = NewId();
        await Store().WriteAsync(
        [
            Turn(resolved, f =>
            {
                f.Symptom = "forgot_password";
                f.Steps.AddRange([new("forgot_password", 0, "AskEmailKnown"), new("forgot_password", 1, "ShowSteps"), new("forgot_password", 2, "AskOutcome")]);
            }),
            Turn(resolved, f => { f.Outcome = Outcomes.Resolved; f.Rating = 4; }),
            Turn(escalated, f => { f.Symptom = "forgot_password"; f.Steps.Add(new("forgot_password", 0, "AskEmailKnown")); }),
            Turn(escalated, f => { f.Outcome = Outcomes.Escalated; f.EscalationReason = EscalationReasons.AskedForPerson; }),
            Turn(abandoned, f => { f.Symptom = "cache_cookie"; f.Steps.Add(new("cache_cookie", 0, "AskDevice")); }, language: "en", channel: "msteams"),
            Turn(outOfScope, f => f.Outcome = Outcomes.OutOfScope),
        ],
        CancellationToken.None);
        Time.Advance(TimeSpan.FromHours(2)); // past the 30 minutes after which an idle conversation is abandoned

        var figures = await Queries().DashboardAsync(period, CancellationToken.None);

        Assert.Equal(4, figures.Conversations);
        Assert.Equal(new OutcomeCounts(Resolved: 1, Escalated: 1, Abandoned: 1, OutOfScope: 1, InProgress: 0), figures.Outcomes);
        Assert.Equal(0.25, figures.Outcomes.ResolutionRate);
        Assert.Equal(4.0, figures.Satisfaction.Average);
        Assert.Equal([0, 0, 0, 1, 0], figures.Satisfaction.Distribution);
        Assert.Equal([new LabelCount(EscalationReasons.AskedForPerson, 1)], figures.EscalationReasons);
        Assert.Equal([new LabelCount("forgot_password", 2), new LabelCount("cache_cookie", 1)], figures.Symptoms);
        Assert.Equal([new LabelCount("ja", 3), new LabelCount("en", 1)], figures.Languages);
        Assert.Equal(4, Assert.Single(figures.Days).Conversations);
        var password = figures.Funnels.Single(f => f.Flow == "forgot_password");
        Assert.Equal(2, password.Entered);
        Assert.Equal([2, 1, 1, 0, 0], password.Steps.Select(s => s.Reached));
        Assert.Equal(1, password.Steps[0].StoppedEscalated);
        Assert.Equal(1, password.Steps[2].StoppedResolved);
        var cache = figures.Funnels.Single(f => f.Flow == "cache_cookie");
        Assert.Equal(1, cache.Steps[0].StoppedOpen);
    }

    [SkippableFact]
    public async Task AConversationWrittenOverSeveralBatchesCountsOnceWithWhereItEndedUp()
    {
        var today = await ClearedTodayAsync();
        var id = NewId();
        await Store().WriteAsync([Turn(id, f => { f.Symptom = "cache_cookie"; f.Steps.Add(new("cache_cookie", 0, "AskDevice")); })], CancellationToken.None);
        await Store().WriteAsync([Turn(id, f => f.Steps.Add(new("cache_cookie", 1, "ShowSteps")))], CancellationToken.None);
        await Store().WriteAsync([Turn(id, f => { f.Outcome = Outcomes.Escalated; f.EscalationReason = EscalationReasons.StepsFailed; })], CancellationToken.None);

        var figures = await Queries().DashboardAsync(today, CancellationToken.None);

        Assert.Equal(1, figures.Conversations);
        Assert.Equal(new OutcomeCounts(Resolved: 0, Escalated: 1, Abandoned: 0, OutOfScope: 0, InProgress: 0), figures.Outcomes);
        Assert.Equal([new LabelCount(EscalationReasons.StepsFailed, 1)], figures.EscalationReasons);
        Assert.Equal([new LabelCount("cache_cookie", 1)], figures.Symptoms);
        var cache = figures.Funnels.Single(f => f.Flow == "cache_cookie");
        Assert.Equal(1, cache.Entered);
        Assert.Equal([1, 1, 0], cache.Steps.Select(s => s.Reached));
        Assert.Equal(1, cache.Steps[1].StoppedEscalated);
        Assert.Equal(0, cache.Steps[0].StoppedOpen);
    }

    [SkippableFact]
    public async Task AConversationStillGoingIsInProgressAndOneIdleTooLongIsAbandoned()
    {
        var today = await ClearedTodayAsync();
        var idle = NewId();
        await Store().WriteAsync([Turn(idle, f => f.Symptom = "forgot_password")], CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(40));
        var going = NewId();
        await Store().WriteAsync([Turn(going, f => f.Symptom = "forgot_password")], CancellationToken.None);

        var figures = await Queries().DashboardAsync(today, CancellationToken.None);

        Assert.Equal(new OutcomeCounts(Resolved: 0, Escalated: 0, Abandoned: 1, OutOfScope: 0, InProgress: 1), figures.Outcomes);
    }

    [SkippableFact]
    public async Task RetentionDeletesTextsWithTheStateAndFiguresLater()
    {
        var id = NewId();
        await Store().WriteAsync(
        [
            Turn(id, f =>
            {
                f.Symptom = "forgot_password";
                f.Steps.Add(new("forgot_password", 0, "AskEmailKnown"));
                f.Transcript.Add(new TranscriptEntry("user", "パスワードを忘れた", Time.GetUtcNow()));
                f.Review.Add(new ReviewCandidate(ReviewCandidate.NotUnderstoodKind, "main", "ぬるぽ", "out_of_scope", 0.4));
            }),
        ],
        CancellationToken.None);

        Time.Advance(TimeSpan.FromDays(15));
        await Sweeper().PurgeOnceAsync(CancellationToken.None);
        var afterTwoWeeks = (await Queries().ConversationAsync("webchat", id, CancellationToken.None))!;
        Assert.Empty(afterTwoWeeks.Transcript);
        Assert.DoesNotContain(await Queries().ReviewItemsAsync(ReviewItem.Open, 100_000, CancellationToken.None), item => item.ConversationId == id);
        Assert.Single(afterTwoWeeks.Flows);

        Time.Advance(TimeSpan.FromDays(80));
        await Sweeper().PurgeOnceAsync(CancellationToken.None);
        Assert.Null(await Queries().ConversationAsync("webchat", id, CancellationToken.None));
    }

    /// <summary>Clears what earlier runs left in this test's day (the PostgreSQL database is shared and kept), then returns the day.</summary>
    private async Task<ReportingPeriod> ClearedTodayAsync()
    {
        var period = Today();
        var from = new DateTimeOffset(period.From.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9)).ToUnixTimeMilliseconds();
        var to = from + (long)TimeSpan.FromDays(1).TotalMilliseconds;
        await Storage.WriteInTransactionAsync(
            async (connection, transaction, ct) =>
            {
                foreach (var sql in new[]
                {
                    $"DELETE FROM {FactsTables.Figures} WHERE hour_ms >= {from} AND hour_ms < {to}",
                    $"DELETE FROM {FactsTables.FlowFigures} WHERE hour_ms >= {from} AND hour_ms < {to}",
                    $"DELETE FROM {FactsTables.Flows} WHERE started_at_ms >= {from} AND started_at_ms < {to}",
                    $"DELETE FROM {FactsTables.Conversations} WHERE started_at_ms >= {from} AND started_at_ms < {to}",
                })
                {
                    await using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = sql;
                    await command.ExecuteNonQueryAsync(ct);
                }

                return 0;
            },
            CancellationToken.None);
        return period;
    }

    private ReportingPeriod Today()
    {
        var day = DateOnly.FromDateTime(Time.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime);
        return new ReportingPeriod(day, day);
    }

    private static string NewId() => Guid.NewGuid().ToString("N");

    private TurnFacts Turn(string id, Action<TurnFacts> fill, string language = "ja", string channel = "webchat")
    {
        var facts = new TurnFacts(channel, id, Time.GetUtcNow(), isUserMessage: true) { Language = language };
        fill(facts);
        return facts;
    }

    private ConversationFactsStore Store() => new(new FactsDatabase(Storage));

    private ConversationFactsQueries Queries() => new(new FactsDatabase(Storage), Options.Create(new AnalyticsOptions()), Time, Steps);

    private FactsRetentionSweeper Sweeper() => new(
        new FactsDatabase(Storage), Options.Create(new AnalyticsOptions { RetentionDays = 90 }), Options.Create(new StorageOptions { RetentionDays = 14 }),
        Time, NullLogger<FactsRetentionSweeper>.Instance);
}

public sealed class SqliteFactsStoreTests : FactsStoreTests, IDisposable
{
    private readonly TempSqliteFile _file = new();
    private readonly SqliteStorage _storage;

    public SqliteFactsStoreTests() => _storage = new SqliteStorage(_file.Path, Time);

    private protected override SqlStorage Storage => _storage;

    public void Dispose()
    {
        _storage.Dispose();
        _file.Dispose();
    }
}

public sealed class PostgresFactsStoreTests : FactsStoreTests, IDisposable
{
    private readonly PostgresStorage _storage;

    // The store's own clock stays real: its retry delays on a fake clock would never end if the server were down.
    public PostgresFactsStoreTests() => _storage = new PostgresStorage(TestPostgres.ConnectionString(), TimeProvider.System);

    private protected override SqlStorage Storage => _storage;

    public void Dispose() => _storage.Dispose();
}
