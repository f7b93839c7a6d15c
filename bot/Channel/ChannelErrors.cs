using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace SupportBot.Bot.Channel;

/// <summary>A channel's refusal as the Bot Framework's client reports it, so callers see one exception type.</summary>
internal static class ChannelErrors
{
    public static async Task<ErrorResponseException> ToExceptionAsync(
        HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var content = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var exception = new ErrorResponseException($"Operation returned an invalid status code '{response.StatusCode}'")
        {
            Request = new HttpRequestMessageWrapper(request, null),
            Response = new HttpResponseMessageWrapper(response, content),
        };
        request.Dispose();
        response.Dispose();
        return exception;
    }
}
