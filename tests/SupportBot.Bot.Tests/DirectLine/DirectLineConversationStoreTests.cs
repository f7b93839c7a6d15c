using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Storage;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>
/// The durable Direct Line store, run against each shared store with two clients standing for two
/// bot instances.
/// </summary>
public abstract class DirectLineConversationStoreTests
{
    private readonly DateTimeOffset _now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private protected abstract IConditionalStorage Storage { get; }

    private protected abstract IConditionalStorage OtherInstance { get; }

    private StorageDirectLineConversationStore A => new(Storage);

    private StorageDirectLineConversationStore B => new(OtherInstance);

    [SkippableFact]
    public async Task ConversationStartedOnOneInstanceIsFoundOnTheOtherAndCannotBeStartedTwice()
    {
        var conversation = await StartAsync();

        Assert.False(await B.TryCreateAsync(conversation with { UserId = "dl_intruder" }, CancellationToken.None));
        Assert.Equal(conversation, await B.FindAsync(conversation.Id, CancellationToken.None));
        Assert.Null(await B.FindAsync("never-started", CancellationToken.None));
    }

    [SkippableFact]
    public async Task ActivityComesBackFromTheOtherInstanceExactlyAsAppended()
    {
        var conversation = await StartAsync();
        var sent = Message("ログインできません");
        sent.ChannelData = new JObject { ["clientActivityID"] = "client-1", ["looksLikeADate"] = "2026-11-29T09:00:00Z" };

        var watermark = await A.AppendAsync(conversation.Id, [sent], CancellationToken.None);
        var page = await B.ReadAsync(conversation.Id, 0, 100, CancellationToken.None);

        var read = Assert.Single(page.Activities);
        Assert.Equal(1, watermark);
        Assert.Equal(1, page.Watermark);
        Assert.Equal($"{conversation.Id}|0000001", read.Id);
        Assert.Equal(sent.Id, read.Id);
        Assert.Equal("ログインできません", read.Text);
        Assert.Equal("client-1", (string?)((JObject)read.ChannelData)["clientActivityID"]);
        Assert.Equal("2026-11-29T09:00:00Z", ((JObject)read.ChannelData)["looksLikeADate"]!.Value<string>());
    }

    [SkippableFact]
    public async Task ReadingFromAWatermarkReturnsOnlyLaterActivitiesUpToThePageSize()
    {
        var conversation = await StartAsync();
        for (var i = 1; i <= 40; i++)
        {
            await A.AppendAsync(conversation.Id, [Message($"m{i}")], CancellationToken.None);
        }

        var page = await B.ReadAsync(conversation.Id, 10, 25, CancellationToken.None);
        var rest = await B.ReadAsync(conversation.Id, page.Watermark, 100, CancellationToken.None);
        var none = await B.ReadAsync(conversation.Id, rest.Watermark, 100, CancellationToken.None);

        Assert.Equal(Enumerable.Range(11, 25).Select(i => $"m{i}"), page.Activities.Select(a => a.Text));
        Assert.Equal(35, page.Watermark);
        Assert.Equal(Enumerable.Range(36, 5).Select(i => $"m{i}"), rest.Activities.Select(a => a.Text));
        Assert.Equal(40, rest.Watermark);
        Assert.Empty(none.Activities);
        Assert.Equal(40, none.Watermark);
    }

    [SkippableFact]
    public async Task TwoInstancesAppendingAtOnceNumberEveryActivityOnceWithoutGapsAndKeepEachBatchInOrder()
    {
        var conversation = await StartAsync();
        const int batchesPerInstance = 12;

        var appends = Enumerable.Range(0, batchesPerInstance).SelectMany(i => new[]
        {
            Task.Run(() => A.AppendAsync(conversation.Id, [Message($"A{i}-echo"), Message($"A{i}-reply")], CancellationToken.None)),
            Task.Run(() => B.AppendAsync(conversation.Id, [Message($"B{i}-echo"), Message($"B{i}-reply")], CancellationToken.None)),
        });
        await Task.WhenAll(appends);
        var page = await A.ReadAsync(conversation.Id, 0, 500, CancellationToken.None);

        var texts = page.Activities.Select(a => a.Text).ToList();
        Assert.Equal(4 * batchesPerInstance, page.Watermark);
        Assert.Equal(4 * batchesPerInstance, texts.Distinct().Count());
        Assert.Equal(
            Enumerable.Range(1, 4 * batchesPerInstance).Select(w => $"{conversation.Id}|{w:D7}"),
            page.Activities.Select(a => a.Id));
        Assert.All(
            texts.Where(t => t!.EndsWith("-echo", StringComparison.Ordinal)),
            echo => Assert.True(texts.IndexOf(echo) < texts.IndexOf(echo!.Replace("-echo", "-reply", StringComparison.Ordinal))));
    }

    private async Task<DirectLineConversation> StartAsync()
    {
        var conversation = new DirectLineConversation(Guid.NewGuid().ToString("N"), "dl_user", "ja-JP", _now);
        Assert.True(await A.TryCreateAsync(conversation, CancellationToken.None));
        return conversation;
    }

    private Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ChannelId = DirectLineConversations.ChannelId,
        Timestamp = _now,
        From = new ChannelAccount("dl_user", role: RoleTypes.User),
    };
}

public sealed class SqliteDirectLineConversationStoreTests : DirectLineConversationStoreTests, IDisposable
{
    private readonly Storage.TempSqliteFile _file = new();
    private readonly SqliteStorage _storage;
    private readonly SqliteStorage _other;

    public SqliteDirectLineConversationStoreTests()
    {
        _storage = new SqliteStorage(_file.Path, TimeProvider.System);
        _other = new SqliteStorage(_file.Path, TimeProvider.System);
    }

    private protected override IConditionalStorage Storage => _storage;

    private protected override IConditionalStorage OtherInstance => _other;

    public void Dispose() => _file.Dispose();
}

public sealed class PostgresDirectLineConversationStoreTests : DirectLineConversationStoreTests, IDisposable
{
    private readonly PostgresStorage _storage;
    private readonly PostgresStorage _other;

    public PostgresDirectLineConversationStoreTests()
    {
        var connectionString = TestPostgres.ConnectionString();
        _storage = new PostgresStorage(connectionString, TimeProvider.System);
        _other = new PostgresStorage(connectionString, TimeProvider.System);
    }

    private protected override IConditionalStorage Storage => _storage;

    private protected override IConditionalStorage OtherInstance => _other;

    public void Dispose()
    {
        _storage.Dispose();
        _other.Dispose();
    }
}
