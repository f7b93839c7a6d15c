using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Security;

/// <summary>
/// Reads a <c>POST /api/messages</c> body once with the <see cref="JsonBodyReader"/> and checks the
/// fields a turn needs (<see cref="ActivityValidator"/>), leaving an <see cref="ActivityReadResult"/>
/// for the rate limiter (which partitions by conversation), <see cref="ChannelRequestGate"/> (which
/// answers the rejects) and the endpoint, which hands that same Activity to the adapter.
/// </summary>
internal sealed class ActivityBodyReader(RequestDelegate next, JsonBodyReader reader, IOptions<RequestProtectionOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method))
        {
            var read = await reader.ReadActivityAsync(context.Request, options.Value.MaxRequestBodyBytes, context.RequestAborted);
            var result = read switch
            {
                { Value: { } activity } when ActivityValidator.FindProblem(activity) is { } problem =>
                    ActivityReadResult.Rejected(StatusCodes.Status400BadRequest, problem),
                { Value: { } activity } => ActivityReadResult.Valid(activity),
                _ => ActivityReadResult.Rejected(read.Status, read.Problem!),
            };
            result.StoreIn(context);
        }

        await next(context);
    }
}
