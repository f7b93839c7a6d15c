using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Security;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// Direct Line bodies through the one <see cref="JsonBodyReader"/> (the policy of <c>/api/messages</c>:
/// 413 over <see cref="DirectLineOptions.MaxActivityBytes"/>, otherwise 400 with a reason that never
/// quotes the body), its refusals in Direct Line's error shape.
/// </summary>
internal sealed class DirectLineRequestReader(JsonBodyReader reader, IOptions<DirectLineOptions> options)
{
    private static readonly BodyShape StartShape = new("conversation start", "the expected shape ({\"user\": {…}, \"locale\": …})");

    /// <summary>A posted activity, read once: the Activity the echo and the turn are made from.</summary>
    public async Task<(Activity? Activity, DirectLineErrorResult? Error)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await reader.ReadActivityAsync(request, options.Value.MaxActivityBytes, cancellationToken);
        return read.Value is { } activity ? (activity, null) : (null, Refused(read));
    }

    /// <summary>An optional start body (<c>{"user": {…}}</c>); an empty body is no user.</summary>
    public async Task<(DirectLineStartRequest? Start, DirectLineErrorResult? Error)> ReadStartAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync<DirectLineStartRequest>(request, options.Value.MaxActivityBytes, required: false, StartShape, cancellationToken);
        return read.Problem is null ? (read.Value ?? new DirectLineStartRequest(), null) : (null, Refused(read));
    }

    private static DirectLineErrorResult Refused<T>(BodyRead<T> read)
        where T : class =>
        read.Status == StatusCodes.Status413PayloadTooLarge
            ? DirectLineErrorResult.TooLarge(read.Problem!)
            : DirectLineErrorResult.BadArgument(read.Problem!);
}
