using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// The one serializer of the Direct Line wire: the Bot Framework's own settings for the Activity
/// schema (so activities look exactly as on <c>/api/messages</c>), unindented. Kept in one instance
/// so Newtonsoft builds its type contracts once, not per message.
/// </summary>
internal static class DirectLineJson
{
    public static JsonSerializerSettings Settings { get; } =
        new(HttpHelper.BotMessageSerializerSettings) { Formatting = Formatting.None };

    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(Settings);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] SerializeToUtf8(object value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, Utf8, leaveOpen: true))
        using (var json = new JsonTextWriter(writer))
        {
            Serializer.Serialize(json, value);
        }

        return buffer.ToArray();
    }

    public static T ToObject<T>(JToken token) => token.ToObject<T>(Serializer)!;

    /// <summary>Reads JSON text this serializer wrote; strings stay strings (no date guessing inside channel data).</summary>
    public static T Deserialize<T>(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return Serializer.Deserialize<T>(reader)!;
    }

    public static JObject FromObject(object value) => JObject.FromObject(value, Serializer);
}
