using Newtonsoft.Json;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

public sealed class AllowedTypesSerializationBinderTests
{
    [Fact]
    public void StoredJsonNamingATypeOutsideStateIsRefused()
    {
        const string tampered = """{"$type":"System.IO.FileInfo, System.Private.CoreLib","fileName":"/etc/passwd"}""";

        Assert.Throws<JsonSerializationException>(() => StorageSerializer.Deserialize(tampered));
    }

    [Fact]
    public void StateMadeOfCollectionsOfOurTypesRoundTrips()
    {
        var state = new Dictionary<string, object> { ["items"] = new List<CounterItem> { new() { Count = 1 } }, ["when"] = DateTimeOffset.UnixEpoch };

        var read = Assert.IsType<Dictionary<string, object>>(StorageSerializer.Deserialize(StorageSerializer.Serialize(state)));

        Assert.Equal(1, Assert.Single(Assert.IsType<List<CounterItem>>(read["items"])).Count);
        Assert.Equal(DateTimeOffset.UnixEpoch, read["when"]);
    }
}
