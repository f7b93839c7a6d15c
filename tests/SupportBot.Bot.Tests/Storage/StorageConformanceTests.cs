using System.Text;
using Microsoft.Bot.Builder;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>
/// The storage contract every store must keep, run unchanged against each one by a subclass.
/// Keys carry a per-test prefix, so stores shared between tests (a PostgreSQL database) need no cleanup.
/// </summary>
public abstract class StorageConformanceTests
{
    private readonly string _prefix = Guid.NewGuid().ToString("N");

    /// <summary>The store under test.</summary>
    private protected abstract IConditionalStorage Storage { get; }

    /// <summary>A second client of the same store, as another process would have.</summary>
    private protected abstract IConditionalStorage OtherClient { get; }

    [SkippableFact]
    public async Task WrittenItemReadsBackWithItsValuesAndAnETag()
    {
        var key = Key("item");
        await Storage.WriteAsync(Changes(key, new CounterItem { Count = 7, Text = "seven" }));

        var read = await ReadAsync(OtherClient, key);

        Assert.NotNull(read);
        Assert.Equal(7, read.Count);
        Assert.Equal("seven", read.Text);
        Assert.False(string.IsNullOrEmpty(read.ETag));
    }

    [SkippableFact]
    public async Task ReadReturnsOnlyTheKeysThatExist()
    {
        var present = Key("present");
        await Storage.WriteAsync(Changes(present, new CounterItem { Count = 1 }));

        var read = await Storage.ReadAsync([present, Key("missing")]);

        Assert.Equal([present], read.Keys);
    }

    [SkippableFact]
    public async Task ReadOfNoKeysReturnsAnEmptyResult()
    {
        Assert.Empty(await Storage.ReadAsync([]));
    }

    [SkippableFact]
    public async Task EverySuccessfulWriteAssignsANewETag()
    {
        var key = Key("etags");
        var item = new CounterItem { Count = 1 };
        await Storage.WriteAsync(Changes(key, item));
        var first = (await ReadAsync(Storage, key))!.ETag;

        item.Count = 2;
        await Storage.WriteAsync(Changes(key, item));
        var second = await ReadAsync(Storage, key);

        Assert.NotEqual(first, second!.ETag);
        Assert.Equal(second.ETag, item.ETag);
        Assert.Equal(2, second.Count);
    }

    [SkippableFact]
    public async Task WriteWithAStaleETagThrowsAConflictAndKeepsTheStoredValue()
    {
        var key = Key("stale");
        await Storage.WriteAsync(Changes(key, new CounterItem { Count = 1 }));
        var stale = (await ReadAsync(Storage, key))!;
        await OtherClient.WriteAsync(Changes(key, new CounterItem { Count = 2, ETag = stale.ETag }));

        stale.Count = 3;
        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => Storage.WriteAsync(Changes(key, stale)));

        Assert.IsAssignableFrom<ArgumentException>(conflict);
        Assert.Equal(2, (await ReadAsync(Storage, key))!.Count);
    }

    [SkippableTheory]
    [InlineData("*")]
    [InlineData(null)]
    [InlineData("")]
    public async Task WriteWithAWildcardOrNoETagOverwrites(string? etag)
    {
        var key = Key("overwrite");
        await Storage.WriteAsync(Changes(key, new CounterItem { Count = 1 }));

        await OtherClient.WriteAsync(Changes(key, new CounterItem { Count = 9, ETag = etag }));

        Assert.Equal(9, (await ReadAsync(Storage, key))!.Count);
    }

    [SkippableFact]
    public async Task ABatchWithOneConflictWritesNothing()
    {
        var kept = Key("batch-kept");
        var untouched = Key("batch-untouched");
        await Storage.WriteAsync(Changes(kept, new CounterItem { Count = 1 }));

        var batch = new Dictionary<string, object>
        {
            [untouched] = new CounterItem { Count = 5 },
            [kept] = new CounterItem { Count = 2, ETag = "not-the-current-etag" },
        };

        await Assert.ThrowsAsync<ETagConflictException>(() => Storage.WriteAsync(batch));
        Assert.Equal(1, (await ReadAsync(Storage, kept))!.Count);
        Assert.Null(await ReadAsync(Storage, untouched));
    }

    [SkippableFact]
    public async Task DeletedKeysAreNoLongerReadAndDeletingAMissingKeyIsHarmless()
    {
        var key = Key("deleted");
        var other = Key("kept");
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new CounterItem(), [other] = new CounterItem() });

        await Storage.DeleteAsync([key, Key("never-written")]);

        Assert.Equal([other], (await OtherClient.ReadAsync([key, other])).Keys);
    }

    [SkippableFact]
    public async Task ALargeJapaneseValueRoundTripsUnchanged()
    {
        var key = Key("large");
        const string line = "アマゾンにログインできません。パスワードを忘れた場合は「パスワードを忘れた場合」を選んでください。😀\n";
        var repeats = (1024 * 1024 / Encoding.UTF8.GetByteCount(line)) + 1;
        var text = new StringBuilder(line.Length * repeats).Insert(0, line, repeats);

        await Storage.WriteAsync(Changes(key, new CounterItem { Text = text.ToString() }));

        Assert.Equal(text.ToString(), (await ReadAsync(OtherClient, key))!.Text);
    }

    [SkippableFact]
    public async Task BotStateDictionariesComeBackWithTheTypesThatWereSaved()
    {
        var key = Key("state");
        var state = new Dictionary<string, object>
        {
            ["number"] = 42,
            ["words"] = new List<string> { "ログイン", "login" },
            ["item"] = new CounterItem { Count = 3 },
        };

        await Storage.WriteAsync(Changes(key, state));
        var read = Assert.IsAssignableFrom<IDictionary<string, object>>((await OtherClient.ReadAsync([key]))[key]);

        Assert.Equal(42L, Convert.ToInt64(read["number"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["ログイン", "login"], Assert.IsType<List<string>>(read["words"]));
        Assert.Equal(3, Assert.IsType<CounterItem>(read["item"]).Count);
    }

    [SkippableFact]
    public async Task WritingNullDeletesTheKey()
    {
        var key = Key("null");
        await Storage.WriteAsync(Changes(key, new CounterItem()));

        await Storage.WriteAsync(new Dictionary<string, object> { [key] = null! });

        Assert.Empty(await Storage.ReadAsync([key]));
    }

    [SkippableFact]
    public async Task NullArgumentsAreRejected()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.ReadAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.WriteAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.DeleteAsync(null!));
    }

    [SkippableFact]
    public async Task OfManyWritersHoldingTheSameETagExactlyOneWinsEachRound()
    {
        var key = Key("race");
        await Storage.WriteAsync(Changes(key, new CounterItem()));

        for (var round = 1; round <= 5; round++)
        {
            var current = (await ReadAsync(Storage, key))!;
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
            {
                var attempt = new CounterItem { Count = current.Count + 1, Text = $"writer {writer}", ETag = current.ETag };
                try
                {
                    await ClientFor(writer).WriteAsync(Changes(key, attempt));
                    return attempt.Text;
                }
                catch (ETagConflictException)
                {
                    return null;
                }
            })));

            var winner = Assert.Single(outcomes, o => o is not null);
            var stored = (await ReadAsync(Storage, key))!;
            Assert.Equal(round, stored.Count);
            Assert.Equal(winner, stored.Text);
        }
    }

    [SkippableFact]
    public async Task WritersThatRetryOnConflictLoseNoUpdate()
    {
        var key = Key("increments");
        await Storage.WriteAsync(Changes(key, new CounterItem()));
        const int writers = 6;
        const int incrementsEach = 10;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var storage = ClientFor(writer);
            for (var done = 0; done < incrementsEach;)
            {
                var current = (await ReadAsync(storage, key))!;
                current.Count++;
                try
                {
                    await storage.WriteAsync(Changes(key, current));
                    done++;
                }
                catch (ETagConflictException)
                {
                    // Someone else incremented first: read again.
                }
            }
        })));

        Assert.Equal(writers * incrementsEach, (await ReadAsync(Storage, key))!.Count);
    }

    [SkippableFact]
    public async Task OfManySimultaneousCreatorsExactlyOneCreatesTheItem()
    {
        var key = Key("create");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(creator => Task.Run(async () =>
            await ClientFor(creator).TryCreateAsync(key, new CounterItem { Text = $"creator {creator}" }) ? creator : -1)));

        var winner = Assert.Single(outcomes, o => o >= 0);
        Assert.Equal($"creator {winner}", (await ReadAsync(Storage, key))!.Text);
    }

    [SkippableFact]
    public async Task CreatingAnExistingKeyFailsAndKeepsTheStoredValue()
    {
        var key = Key("exists");
        var created = new CounterItem { Count = 1 };
        Assert.True(await Storage.TryCreateAsync(key, created));
        Assert.False(string.IsNullOrEmpty(created.ETag));

        Assert.False(await OtherClient.TryCreateAsync(key, new CounterItem { Count = 2 }));
        Assert.Equal(1, (await ReadAsync(Storage, key))!.Count);
    }

    [SkippableFact]
    public async Task AnETagCarryingWriteToAnAbsentKeyCreatesIt()
    {
        var key = Key("absent");

        await Storage.WriteAsync(Changes(key, new CounterItem { Count = 4, ETag = "from-an-earlier-read" }));

        Assert.Equal(4, (await ReadAsync(Storage, key))!.Count);
    }

    private protected static async Task<CounterItem?> ReadAsync(IStorage storage, string key) =>
        (await storage.ReadAsync([key])).TryGetValue(key, out var value) ? Assert.IsType<CounterItem>(value) : null;

    private protected static Dictionary<string, object> Changes(string key, object value) => new() { [key] = value };

    private IConditionalStorage ClientFor(int index) => index % 2 == 0 ? Storage : OtherClient;

    private protected string Key(string name) => $"conformance/{_prefix}/{name}";
}
