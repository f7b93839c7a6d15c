using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Storage;

/// <summary>
/// Turns stored values into JSON text and back so that a <c>BotState</c> dictionary and the objects
/// inside it come back as the types that were saved, but only for the types
/// <see cref="AllowedTypesSerializationBinder"/> admits, so a tampered row cannot make us instantiate
/// arbitrary types.
/// </summary>
/// <remarks>
/// Unlike the Bot Framework's <c>MemoryStorage</c> (a type name on every object, every null written
/// out), a type name is written only where the declared type does not say what the value is (an
/// <c>object</c> slot, an interface) and nulls are left out: the same objects come back, from
/// documents about a third of the size, which every turn reads and writes. Documents written the
/// old way (type names everywhere) read back the same.
/// </remarks>
internal static class StorageSerializer
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.Auto,
        NullValueHandling = NullValueHandling.Ignore,
        SerializationBinder = new AllowedTypesSerializationBinder(),
        MaxDepth = null,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    });

    public static string Serialize(object value)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Serializer.Serialize(writer, value, typeof(object));
        return writer.ToString();
    }

    public static object? Deserialize(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = null, DateParseHandling = DateParseHandling.DateTimeOffset };
        return Serializer.Deserialize<object>(reader);
    }

    /// <summary>Converts a value read from any store into <typeparamref name="T"/>, whether it came back typed or as JSON.</summary>
    public static T? As<T>(object? value)
        where T : class => value switch
        {
            T typed => typed,
            JToken token => token.ToObject<T>(Serializer),
            _ => null,
        };
}
