using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Channel;

// Values written the way the connector's Newtonsoft settings write them (IsoDateFormat,
// DateTimeZoneHandling.Utc, Iso8601TimeSpanConverter, its number formats), so that the
// System.Text.Json reply carries the same values and the same JSON types. Write-only where the
// reply path only writes.

/// <summary>Adaptive Card content, channel data and other JSON trees built with Newtonsoft.</summary>
internal sealed class JTokenJsonConverter : JsonConverter<JToken>
{
    public override bool CanConvert(Type typeToConvert) => typeof(JToken).IsAssignableFrom(typeToConvert);

    public override JToken Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return JToken.Parse(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, JToken value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case JObject obj:
                writer.WriteStartObject();
                foreach (var property in obj.Properties())
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value, options);
                }

                writer.WriteEndObject();
                break;
            case JArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            case JRaw { Value: string raw }:
                writer.WriteRawValue(raw);
                break;
            case JValue scalar:
                WriteScalar(writer, scalar, options);
                break;
            default:
                throw new NotSupportedException($"A {value.Type} token cannot stand as a JSON value.");
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, JValue scalar, JsonSerializerOptions options)
    {
        switch (scalar.Value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long or int or short or sbyte or byte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(scalar.Value, CultureInfo.InvariantCulture));
                break;
            case ulong big:
                writer.WriteNumberValue(big);
                break;
            case BigInteger huge:
                writer.WriteRawValue(huge.ToString(CultureInfo.InvariantCulture));
                break;
            case double real:
                NewtonsoftDoubleConverter.WriteDouble(writer, real);
                break;
            case float single:
                NewtonsoftSingleConverter.WriteSingle(writer, single);
                break;
            case decimal money:
                NewtonsoftDecimalConverter.WriteDecimal(writer, money);
                break;
            case DateTime date:
                UtcDateTimeConverter.WriteDate(writer, date);
                break;
            case DateTimeOffset date:
                writer.WriteStringValue(date);
                break;
            case TimeSpan span:
                Iso8601TimeSpanConverter.WriteSpan(writer, span);
                break;
            case byte[] bytes:
                writer.WriteBase64StringValue(bytes);
                break;
            case Guid id:
                writer.WriteStringValue(id);
                break;
            case Uri uri:
                writer.WriteStringValue(uri.OriginalString);
                break;
            default:
                JsonSerializer.Serialize(writer, scalar.Value, scalar.Value.GetType(), options);
                break;
        }
    }
}

/// <summary>Newtonsoft writes a whole double with ".0" (1.0, not 1) and non-finite ones as strings.</summary>
internal sealed class NewtonsoftDoubleConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => WriteDouble(writer, value);

    public static void WriteDouble(Utf8JsonWriter writer, double value) => WriteFloatingPoint(writer, value);

    /// <summary>A double or a float as Newtonsoft writes it: shortest round-trip form with a decimal place, non-finite as a string.</summary>
    internal static void WriteFloatingPoint<T>(Utf8JsonWriter writer, T value)
        where T : IFloatingPointIeee754<T>
    {
        if (!T.IsFinite(value))
        {
            writer.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
            return;
        }

        Span<byte> text = stackalloc byte[64];
        value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        WriteWithDecimalPlace(writer, text, length);
    }

    internal static void WriteWithDecimalPlace(Utf8JsonWriter writer, Span<byte> text, int length)
    {
        if (text[..length].IndexOfAny(".eE"u8) < 0)
        {
            ".0"u8.CopyTo(text[length..]);
            length += 2;
        }

        writer.WriteRawValue(text[..length], skipInputValidation: true);
    }
}

internal sealed class NewtonsoftSingleConverter : JsonConverter<float>
{
    public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetSingle();

    public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options) => WriteSingle(writer, value);

    public static void WriteSingle(Utf8JsonWriter writer, float value) => NewtonsoftDoubleConverter.WriteFloatingPoint(writer, value);
}

internal sealed class NewtonsoftDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => WriteDecimal(writer, value);

    public static void WriteDecimal(Utf8JsonWriter writer, decimal value)
    {
        Span<byte> text = stackalloc byte[64];
        value.TryFormat(text, out var length, provider: CultureInfo.InvariantCulture);
        NewtonsoftDoubleConverter.WriteWithDecimalPlace(writer, text, length);
    }
}

/// <summary>DateTimeZoneHandling.Utc: a local or unspecified time is written as UTC, with "Z".</summary>
internal sealed class UtcDateTimeConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTime().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => WriteDate(writer, value);

    public static void WriteDate(Utf8JsonWriter writer, DateTime value) => writer.WriteStringValue(value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    });
}

/// <summary>The connector's Iso8601TimeSpanConverter: "PT1M30S", not "00:01:30".</summary>
internal sealed class Iso8601TimeSpanConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        XmlConvert.ToTimeSpan(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) => WriteSpan(writer, value);

    public static void WriteSpan(Utf8JsonWriter writer, TimeSpan value) => writer.WriteStringValue(XmlConvert.ToString(value));
}

/// <summary>
/// A type or member the schema gives a Newtonsoft converter of its own (Teams and SharePoint
/// enumerations and surfaces): written by Newtonsoft with the connector's settings, so it stays
/// exactly what the SDK sends. SupportBot's replies contain none of these.
/// </summary>
internal sealed class NewtonsoftFallbackConverterFactory : JsonConverterFactory
{
    private static readonly Lazy<Newtonsoft.Json.JsonSerializer> Sdk = new(() => Serializer(null));

    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsDefined(typeof(Newtonsoft.Json.JsonConverterAttribute), inherit: true);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) => For(typeToConvert);

    /// <summary>For a value of <paramref name="type"/>, written with the member's own converter if it has one.</summary>
    public static JsonConverter For(Type type, Newtonsoft.Json.JsonConverterAttribute? member = null)
    {
        var serializer = member is null
            ? Sdk.Value
            : Serializer((Newtonsoft.Json.JsonConverter)Activator.CreateInstance(member.ConverterType, member.ConverterParameters)!);
        return (JsonConverter)Activator.CreateInstance(typeof(Fallback<>).MakeGenericType(type), serializer)!;
    }

    private static Newtonsoft.Json.JsonSerializer Serializer(Newtonsoft.Json.JsonConverter? first)
    {
        using var template = new Microsoft.Bot.Connector.ConnectorClient(new Uri("https://localhost/"), Microsoft.Bot.Connector.Authentication.MicrosoftAppCredentials.Empty);
        var settings = template.SerializationSettings;
        settings.Formatting = Newtonsoft.Json.Formatting.None;
        if (first is not null)
        {
            settings.Converters.Insert(0, first);
        }

        return Newtonsoft.Json.JsonSerializer.Create(settings);
    }

    private sealed class Fallback<T>(Newtonsoft.Json.JsonSerializer serializer) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Only written to channels.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            serializer.Serialize(text, value);
            writer.WriteRawValue(text.ToString());
        }
    }
}
