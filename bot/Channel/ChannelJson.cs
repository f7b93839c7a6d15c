using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Bot.Channel;

/// <summary>
/// The Bot Framework's wire format in System.Text.Json: what the SDK's connector client writes with
/// its Newtonsoft settings (names from the schema's own <c>[JsonProperty]</c> attributes, nulls
/// left out, extension data flattened, ISO dates in UTC, numbers as Newtonsoft writes them), without
/// Newtonsoft on the reply path. ChannelJsonWireFormatTests proves it equal, reply shape by reply shape.
/// </summary>
internal static class ChannelJson
{
    /// <summary>Options for everything sent to and read from a channel; contracts are built once per type and cached.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Reads activities back from where the bot stored them in this format (the embedded Direct Line's history) with the
    /// connector's own Newtonsoft settings, so values and channel data come back as the JSON trees the SDK's types expect.
    /// Built once: the SDK builds its settings, and their contract cache, per client.
    /// </summary>
    public static Newtonsoft.Json.JsonSerializer Deserializer { get; } = CreateDeserializer();

    /// <summary>UTF-8 JSON of <paramref name="value"/> (an activity, or a Direct Line message holding activities) as the connector would send it.</summary>
    public static byte[] SerializeToUtf8<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>A channel's answer to a POST or PUT (<c>{"id": ...}</c>); null when it sent no body.</summary>
    public static async Task<T?> DeserializeAsync<T>(HttpContent content, CancellationToken cancellationToken)
        where T : class
    {
        var body = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return body.AsSpan().Trim(" \t\r\n"u8).IsEmpty ? null : JsonSerializer.Deserialize<T>(body, Options);
    }

    private static Newtonsoft.Json.JsonSerializer CreateDeserializer()
    {
        using var template = new Microsoft.Bot.Connector.ConnectorClient(new Uri("https://localhost/"), Microsoft.Bot.Connector.Authentication.MicrosoftAppCredentials.Empty);
        return Newtonsoft.Json.JsonSerializer.Create(template.DeserializationSettings);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            // NullValueHandling.Ignore; dictionaries keep their null entries, as in Newtonsoft.
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            // Newtonsoft escapes only quotes, backslashes and control characters; the channel reads
            // JSON, not HTML, so Japanese text goes out as UTF-8 rather than \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // Newtonsoft serialises public fields and reads names case-insensitively.
            IncludeFields = true,
            PropertyNameCaseInsensitive = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { NewtonsoftContract.Apply } },
            Converters =
            {
                new JTokenJsonConverter(),
                new NewtonsoftDoubleConverter(),
                new NewtonsoftSingleConverter(),
                new NewtonsoftDecimalConverter(),
                new UtcDateTimeConverter(),
                new Iso8601TimeSpanConverter(),
                new NewtonsoftFallbackConverterFactory(),
            },
        };
        options.MakeReadOnly(populateMissingResolver: false);
        return options;
    }
}
