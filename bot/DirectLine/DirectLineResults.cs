using Microsoft.AspNetCore.Http.Metadata;
using SupportBot.Bot.Channel;

namespace SupportBot.Bot.DirectLine;

/// <summary>A typed result written with <see cref="ChannelJson"/> (the Activity schema as the Bot Framework connector writes it).</summary>
internal sealed class DirectLineJsonResult<T>(T value, int statusCode = StatusCodes.Status200OK)
    : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult, IEndpointMetadataProvider
    where T : notnull
{
    public T Value { get; } = value;

    object? IValueHttpResult.Value => Value;

    public int StatusCode { get; } = statusCode;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType => "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType;
        return httpContext.Response.Body.WriteAsync(ChannelJson.SerializeToUtf8(Value)).AsTask();
    }

    public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}

/// <summary>A Direct Line error: a status code and <c>{"error": {"code", "message"}}</c>.</summary>
internal sealed class DirectLineErrorResult(int statusCode, string code, string message) : IResult, IStatusCodeHttpResult
{
    public int StatusCode { get; } = statusCode;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public DirectLineError Error { get; } = new(code, message);

    public static DirectLineErrorResult BadArgument(string message) => new(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static DirectLineErrorResult Unauthorized(string message) => new(StatusCodes.Status401Unauthorized, "Unauthorized", message);

    public static DirectLineErrorResult Forbidden(string code, string message) => new(StatusCodes.Status403Forbidden, code, message);

    /// <summary>A body over the size limit: 413 with the Azure service's code.</summary>
    public static DirectLineErrorResult TooLarge(string message) => new(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);

    public static DirectLineErrorResult NotFound(string message) => new(StatusCodes.Status404NotFound, "NotFound", message);

    /// <summary>A byte quota is used up: 413, which DirectLineJS reports as a failed send (403 would read as an expired token).</summary>
    public static DirectLineErrorResult QuotaExceeded(string code, string message) => new(StatusCodes.Status413PayloadTooLarge, code, message);

    public static DirectLineErrorResult TooManyConversations(string message) => new(StatusCodes.Status429TooManyRequests, "TooManyConversations", message);

    public static DirectLineErrorResult ConversationEnded() =>
        new(StatusCodes.Status409Conflict, "ConversationEnded", "The conversation has ended; start a new one to go on.");

    public static DirectLineErrorResult ActivityTypeNotAllowed(string message) => new(StatusCodes.Status400BadRequest, "ActivityTypeNotAllowed", message);

    public Task ExecuteAsync(HttpContext httpContext) =>
        new DirectLineJsonResult<DirectLineErrorBody>(new DirectLineErrorBody(Error), StatusCode).ExecuteAsync(httpContext);
}
