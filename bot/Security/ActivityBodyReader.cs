using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace SupportBot.Bot.Security;

/// <summary>
/// Reads a <c>POST /api/messages</c> body once, strictly (bounded size and depth, valid UTF-8,
/// the fields a turn needs), and leaves an <see cref="ActivityReadResult"/> for the rate limiter
/// (which partitions by conversation) and <see cref="ChannelRequestGate"/> (which answers the
/// rejects). The body is rewound for the adapter, which reads it again.
/// </summary>
internal sealed class ActivityBodyReader(RequestDelegate next, IOptions<RequestProtectionOptions> options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly JsonSerializer _serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        MaxDepth = options.Value.MaxJsonDepth,
        DateParseHandling = DateParseHandling.None,
    });

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method))
        {
            var result = await ReadAsync(context);
            result.StoreIn(context);
        }

        await next(context);
    }

    private async Task<ActivityReadResult> ReadAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: limit);
        string body;
        try
        {
            // Kestrel enforces the limit for chunked bodies too; the buffer limit covers other servers.
            using var reader = new StreamReader(request.Body, StrictUtf8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        catch (IOException) when (context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is not null)
        {
            return TooLarge(limit);
        }
        catch (DecoderFallbackException)
        {
            return ActivityReadResult.Rejected(StatusCodes.Status400BadRequest, "The body is not valid UTF-8.");
        }

        request.Body.Position = 0;
        return Parse(body);
    }

    private ActivityReadResult Parse(string body)
    {
        try
        {
            using var json = new JsonTextReader(new StringReader(body)) { MaxDepth = options.Value.MaxJsonDepth, DateParseHandling = DateParseHandling.None };
            if (!json.Read() || json.TokenType != JsonToken.StartObject)
            {
                // Read to the end first: JSON that is not even valid (too deep, say) is reported as such.
                json.Skip();
                return ActivityReadResult.Rejected(StatusCodes.Status400BadRequest, "The body is not a JSON object.");
            }

            // Straight into an Activity with one serializer for the life of the app: a JSON tree
            // first and a new serializer per request cost more than the rest of reading a request.
            var activity = _serializer.Deserialize<Activity>(json)!;
            if (json.Read())
            {
                return ActivityReadResult.Rejected(StatusCodes.Status400BadRequest, "The body has content after the activity.");
            }

            return ActivityValidator.FindProblem(activity) is { } problem
                ? ActivityReadResult.Rejected(StatusCodes.Status400BadRequest, problem)
                : ActivityReadResult.Valid(activity);
        }
        catch (JsonReaderException invalid)
        {
            return Invalid(invalid.Path);
        }
        catch (JsonSerializationException invalid)
        {
            return Invalid(invalid.Path);
        }
        catch (JsonException)
        {
            return Invalid(null);
        }
    }

    // Only where it went wrong: Newtonsoft's messages may quote the values, which may be what a user typed.
    private static ActivityReadResult Invalid(string? path) => ActivityReadResult.Rejected(
        StatusCodes.Status400BadRequest,
        string.IsNullOrEmpty(path) ? "The body is not a valid activity." : $"The body is not a valid activity (at '{path[..Math.Min(path.Length, 100)]}').");

    private static ActivityReadResult TooLarge(long limit) =>
        ActivityReadResult.Rejected(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {limit} bytes.");
}
