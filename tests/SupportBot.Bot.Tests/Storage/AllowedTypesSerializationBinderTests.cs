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

    [Fact]
    public void TypeOutsideStateIsRefusedEveryTimeEvenNestedInState()
    {
        const string tampered = """{"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib","x":{"$type":"System.IO.FileInfo, System.Private.CoreLib","fileName":"/etc/passwd"}}""";

        Assert.Throws<JsonSerializationException>(() => StorageSerializer.Deserialize(tampered));
        Assert.Throws<JsonSerializationException>(() => StorageSerializer.Deserialize(tampered));
    }

    [Fact]
    public void DocumentWrittenWithTypeNamesOnEveryObjectReadsBackAsTheSameTypes()
    {
        var state = new Dictionary<string, object>
        {
            ["items"] = new List<CounterItem> { new() { Count = 2 } },
            ["prompt"] = new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Message, text: "ログインできましたか？"),
        };
        var everywhere = JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All });
        using var writer = new StringWriter();
        everywhere.Serialize(writer, state, typeof(object));

        var read = Assert.IsType<Dictionary<string, object>>(StorageSerializer.Deserialize(writer.ToString()));

        Assert.Equal(2, Assert.Single(Assert.IsType<List<CounterItem>>(read["items"])).Count);
        Assert.Equal("ログインできましたか？", Assert.IsType<Microsoft.Bot.Schema.Activity>(read["prompt"]).Text);
    }

    [Fact]
    public void StoredDocumentLeavesOutNullsAndTypeNamesItsDeclaredTypesAlreadyGive()
    {
        var state = new Dictionary<string, object> { ["prompt"] = new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Message, text: "hi") };

        var json = StorageSerializer.Serialize(state);

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        // The dictionary (an object slot at the root) and the activity (an object slot in it) need names; nothing inside the activity does.
        Assert.Equal(2, json.Split("$type").Length - 1);
        Assert.Equal("hi", Assert.IsType<Microsoft.Bot.Schema.Activity>(Assert.IsType<Dictionary<string, object>>(StorageSerializer.Deserialize(json))["prompt"]).Text);
    }
}
