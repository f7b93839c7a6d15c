using System.Text;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Newtonsoft.Json;

namespace SupportBot.Bot.Channel;

/// <summary>
/// The Bot Framework connector's own JSON settings, taken once from a <see cref="ConnectorClient"/>
/// and held in one serializer each way, so their contract resolver caches type contracts for the
/// life of the process. The SDK builds a fresh client (and so a fresh resolver) per turn, which
/// makes Newtonsoft reflect over every Activity type again for every reply.
/// </summary>
internal static class ChannelJson
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static JsonSerializer Serializer { get; }

    public static JsonSerializer Deserializer { get; }

    static ChannelJson()
    {
        using var template = new ConnectorClient(new Uri("https://localhost/"), MicrosoftAppCredentials.Empty);
        var serialization = template.SerializationSettings;
        // Indentation is the only setting changed: whitespace is not part of the wire format.
        serialization.Formatting = Formatting.None;
        Serializer = JsonSerializer.Create(serialization);
        Deserializer = JsonSerializer.Create(template.DeserializationSettings);
    }

    /// <summary>UTF-8 JSON of <paramref name="value"/> as the connector would send it.</summary>
    public static byte[] SerializeToUtf8(object value)
    {
        using var buffer = new MemoryStream(1024);
        using (var writer = new StreamWriter(buffer, Utf8, bufferSize: 1024, leaveOpen: true))
        using (var json = new JsonTextWriter(writer) { CloseOutput = false })
        {
            Serializer.Serialize(json, value);
        }

        return buffer.ToArray();
    }

    public static async Task<T?> DeserializeAsync<T>(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var json = new JsonTextReader(reader);
        return Deserializer.Deserialize<T>(json);
    }
}
