using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace SupportBot.Bot.Security;

/// <summary>
/// The one reader of JSON request bodies, for <c>/api/messages</c> and the embedded Direct Line
/// alike: read once, strictly (bounded size and depth, valid UTF-8, one JSON object that fits the
/// schema), straight into the typed object that is then used, never parsed again. One policy: a
/// body over the limit is a 413; anything else wrong is a 400 whose reason says where, never what
/// (Newtonsoft's own messages may quote the values, which may be what a user typed).
/// </summary>
internal sealed class JsonBodyReader(IOptions<RequestProtectionOptions> options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // One serializer for the life of the app: a JSON tree first and a new serializer per request
    // cost more than the rest of reading a request.
    private readonly JsonSerializer _serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        MaxDepth = options.Value.MaxJsonDepth,
        DateParseHandling = DateParseHandling.None,
    });

    private static readonly BodyShape ActivityShape = new("activity", "the Activity schema");

    /// <summary>Raised with each object read from a body: lets a test see that a request is parsed once, and into what.</summary>
    internal event Action<object>? Parsed;

    /// <summary>An activity: a JSON object fitting the Activity schema with a <c>type</c> string.</summary>
    public async Task<BodyRead<Activity>> ReadActivityAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var read = await ReadAsync<Activity>(request, limit, required: true, ActivityShape, cancellationToken);
        return read.Value is { } activity && (!read.TypeWasString || string.IsNullOrWhiteSpace(activity.Type))
            ? BodyRead<Activity>.BadRequest("The activity has no type (\"type\" must be a non-empty string).")
            : read;
    }

    /// <summary>A JSON object of <typeparamref name="T"/>; an empty body is <c>null</c> unless <paramref name="required"/>.</summary>
    public async Task<BodyRead<T>> ReadAsync<T>(HttpRequest request, long limit, bool required, BodyShape shape, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return BodyRead<T>.TooLarge(limit);
        }

        MemoryStream? body;
        try
        {
            body = await ReadBoundedAsync(request.Body, limit, request.ContentLength, cancellationToken);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return BodyRead<T>.TooLarge(limit);
        }
        catch (IOException) when (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is not null)
        {
            return BodyRead<T>.TooLarge(limit);
        }

        if (body is null)
        {
            return BodyRead<T>.TooLarge(limit);
        }

        using (body)
        {
            if (body.Length == 0)
            {
                return required ? BodyRead<T>.BadRequest("The body is empty.") : BodyRead<T>.Empty;
            }

            return Parse<T>(body, shape);
        }
    }

    private BodyRead<T> Parse<T>(MemoryStream body, BodyShape shape)
        where T : class
    {
        using var json = new TypeObservingReader(new StreamReader(body, StrictUtf8, detectEncodingFromByteOrderMarks: false))
        {
            MaxDepth = options.Value.MaxJsonDepth,
            DateParseHandling = DateParseHandling.None,
        };
        try
        {
            if (!json.Read() || json.TokenType != JsonToken.StartObject)
            {
                // Read to the end first: JSON that is not even valid (too deep, say) is reported as such.
                json.Skip();
                return BodyRead<T>.BadRequest("The body is not a JSON object.");
            }

            var value = _serializer.Deserialize<T>(json)!;
            Parsed?.Invoke(value);
            if (json.Read())
            {
                return BodyRead<T>.BadRequest($"The body is not a valid {shape.Noun}: there is content after the object.");
            }

            return new BodyRead<T>(value, StatusCodes.Status200OK, null, json.TypeWasString);
        }
        catch (DecoderFallbackException)
        {
            return BodyRead<T>.BadRequest("The body is not valid UTF-8.");
        }
        catch (JsonReaderException invalid)
        {
            return BodyRead<T>.BadRequest($"The body is not a valid {shape.Noun}: not valid JSON{Where(invalid.Path)}");
        }
        catch (JsonSerializationException invalid) when (!ContinuesAsJson(json))
        {
            // The object was cut short, or breaks off into something that is not JSON: Newtonsoft reports that as not fitting the type.
            return BodyRead<T>.BadRequest($"The body is not a valid {shape.Noun}: not valid JSON{Where(invalid.Path)}");
        }
        catch (JsonSerializationException invalid)
        {
            return BodyRead<T>.BadRequest($"The body is not a valid {shape.Noun}: it does not fit {shape.Schema}{Where(invalid.Path)}");
        }
        catch (JsonException)
        {
            return BodyRead<T>.BadRequest($"The body is not a valid {shape.Noun}.");
        }
    }

    // A schema error leaves the rest of the object to read; a body cut short has nothing more.
    private static bool ContinuesAsJson(JsonReader json)
    {
        try
        {
            return json.Read();
        }
        catch (JsonReaderException)
        {
            return false;
        }
    }

    // Only where it went wrong (a property path, cut short), never Newtonsoft's message.
    private static string Where(string? path) =>
        string.IsNullOrEmpty(path) ? "." : $" (at '{path[..Math.Min(path.Length, 100)]}').";

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (Kestrel enforces its own limit; this one may be lower).</summary>
    private static async Task<MemoryStream?> ReadBoundedAsync(Stream source, long limit, long? declared, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream(declared is > 0 and <= int.MaxValue ? (int)declared.Value : 4096);
        var chunk = new byte[Math.Min(limit + 1, 16 * 1024)];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await buffer.DisposeAsync();
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    /// <summary>
    /// Notes whether the top-level <c>type</c> was a JSON string: Newtonsoft turns <c>42</c> into
    /// <c>"42"</c> for a string property, and an activity type that is a number is refused.
    /// </summary>
    private sealed class TypeObservingReader(TextReader reader) : JsonTextReader(reader)
    {
        private bool _typeIsNext;

        public bool TypeWasString { get; private set; } = true;

        public override bool Read()
        {
            var read = base.Read();
            Observe();
            return read;
        }

        public override string? ReadAsString()
        {
            if (!_typeIsNext)
            {
                var value = base.ReadAsString();
                Observe();
                return value;
            }

            // ReadAsString would turn 42 into "42" before anyone could see it was a number: read the token as it is.
            _typeIsNext = false;
            if (!base.Read())
            {
                return null;
            }

            TypeWasString = TokenType is JsonToken.String or JsonToken.Null;
            return TokenType == JsonToken.String ? (string?)Value : null;
        }

        private void Observe()
        {
            if (_typeIsNext)
            {
                _typeIsNext = false;
                TypeWasString = TokenType is JsonToken.String or JsonToken.Null;
            }
            else if (TokenType == JsonToken.PropertyName && Depth == 1 && Value is "type")
            {
                _typeIsNext = true;
            }
        }
    }
}

/// <summary>What <see cref="JsonBodyReader"/> made of a body: the value, or the status and reason it is refused with.</summary>
internal sealed record BodyRead<T>(T? Value, int Status, string? Problem, bool TypeWasString = true)
    where T : class
{
    public static BodyRead<T> Empty { get; } = new(null, StatusCodes.Status200OK, null);

    public static BodyRead<T> BadRequest(string problem) => new(null, StatusCodes.Status400BadRequest, problem);

    public static BodyRead<T> TooLarge(long limit) => new(null, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {limit} bytes.");
}

/// <summary>What a body should be, for the reasons a refusal gives: "an <paramref name="Noun"/>", "it does not fit <paramref name="Schema"/>".</summary>
internal sealed record BodyShape(string Noun, string Schema);
