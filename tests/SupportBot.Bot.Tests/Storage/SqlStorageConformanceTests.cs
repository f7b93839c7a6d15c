using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>What the SQL stores (SQLite, PostgreSQL) do beyond the common contract: expire items.</summary>
public abstract class SqlStorageConformanceTests : StorageConformanceTests
{
    [SkippableFact]
    public async Task ExpiryDeletesOnlyItemsUnderThePrefixWrittenBeforeTheCutoff()
    {
        var expiring = (IExpiringStorage)Storage;
        var claims = Key("claims_%/");
        await Storage.WriteAsync(Changes(claims + "old", new CounterItem { Count = 1 }));
        await Storage.WriteAsync(Changes(Key("claimsX%/lookalike"), new CounterItem { Count = 2 }));
        await Storage.WriteAsync(Changes(Key("state"), new CounterItem { Count = 3 }));

        var beforeAnyWrite = await expiring.DeleteWrittenBeforeAsync(claims, DateTimeOffset.UtcNow.AddHours(-1));
        var afterTheWrites = await expiring.DeleteWrittenBeforeAsync(claims, DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.Equal((0, 1), (beforeAnyWrite, afterTheWrites));
        Assert.Null(await ReadAsync(OtherClient, claims + "old"));
        Assert.NotNull(await ReadAsync(OtherClient, Key("claimsX%/lookalike")));
        Assert.NotNull(await ReadAsync(OtherClient, Key("state")));
    }
}
