using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.DirectLine;

/// <summary>Reads request bodies, turning anything malformed into a 400 with the reason.</summary>
internal sealed class DirectLineRequestReader(IOptions<DirectLineOptions> options)
{
    /// <summary>A posted activity as the client sent it, or why it is refused.</summary>
    public async Task<(JObject? Activity, DirectLineErrorResult? Error)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (json, error) = await ReadObjectAsync(request, required: true, cancellationToken);
        if (error is not null)
        {
            return (null, error);
        }

        if (json!["type"] is not JValue { Type: JTokenType.String } type || string.IsNullOrWhiteSpace((string?)type))
        {
            return (null, DirectLineErrorResult.BadArgument("An activity needs a \"type\" string."));
        }

        try
        {
            // Proves the body fits the Activity schema (e.g. "from" is an object) before it is accepted.
            _ = DirectLineJson.ToObject<Activity>(json);
            return (json, null);
        }
        catch (JsonException exception)
        {
            return (null, DirectLineErrorResult.BadArgument($"The activity does not fit the Activity schema: {exception.Message}"));
        }
    }

    /// <summary>An optional start body (<c>{"user": {…}}</c>); an empty body is no user.</summary>
    public async Task<(DirectLineStartRequest? Start, DirectLineErrorResult? Error)> ReadStartAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (json, error) = await ReadObjectAsync(request, required: false, cancellationToken);
        if (error is not null || json is null)
        {
            return (new DirectLineStartRequest(), error);
        }

        try
        {
            return (DirectLineJson.ToObject<DirectLineStartRequest>(json), null);
        }
        catch (JsonException exception)
        {
            return (null, DirectLineErrorResult.BadArgument($"The body does not fit the expected shape: {exception.Message}"));
        }
    }

    private async Task<(JObject? Json, DirectLineErrorResult? Error)> ReadObjectAsync(HttpRequest request, bool required, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxActivityBytes;
        if (request.ContentLength > limit)
        {
            return (null, DirectLineErrorResult.BadArgument($"The body is larger than {limit} bytes."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, DirectLineErrorResult.BadArgument($"The body is larger than {limit} bytes."));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, required ? DirectLineErrorResult.BadArgument("The body is empty; an activity was expected.") : null);
        }

        buffer.Position = 0;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(buffer)) { DateParseHandling = DateParseHandling.None };
            var token = await JToken.ReadFromAsync(reader, cancellationToken);
            return token is JObject json
                ? (json, null)
                : (null, DirectLineErrorResult.BadArgument("The body must be a JSON object."));
        }
        catch (JsonReaderException exception)
        {
            return (null, DirectLineErrorResult.BadArgument($"The body is not valid JSON: {exception.Message}"));
        }
    }
}
