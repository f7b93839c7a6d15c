using System.Net.Http.Headers;
using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace SupportBot.Bot.Channel;

/// <summary>
/// Where every activity the bot sends leaves the process: to the channel's service URL, as JSON in
/// the Bot Framework's wire format (<see cref="ChannelJson"/>), with the bearer token of the Bot
/// Framework's own credentials, through the one channel <see cref="HttpClient"/> and its
/// resilience pipeline (<see cref="ChannelPipelines"/>). A refusal is the SDK's
/// <see cref="ErrorResponseException"/>, as with the SDK's own client.
/// </summary>
internal sealed class ChannelReplyClient(IHttpClientFactory httpClients)
{
    /// <summary>The pooled <see cref="HttpClient"/> that carries replies to channels.</summary>
    public const string HttpClientName = "SupportBot.Channel";

    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    /// <summary>Posts (or, to update, puts) an activity; the channel's answer carries the id it gave it.</summary>
    public async Task<HttpOperationResponse<ResourceResponse>> SendActivityAsync(
        HttpMethod method, Uri url, Activity activity, ServiceClientCredentials credentials,
        Dictionary<string, List<string>>? customHeaders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ReplyIdentity.Stamp(activity);
        var content = new ByteArrayContent(ChannelJson.SerializeToUtf8(activity));
        content.Headers.ContentType = Json;
        var (request, response) = await SendAsync(method, url, content, credentials, customHeaders, cancellationToken).ConfigureAwait(false);
        var body = await ChannelJson.DeserializeAsync<ResourceResponse>(response.Content, cancellationToken).ConfigureAwait(false);
        return new HttpOperationResponse<ResourceResponse> { Request = request, Response = response, Body = body! };
    }

    public async Task<HttpOperationResponse> DeleteActivityAsync(
        Uri url, ServiceClientCredentials credentials, Dictionary<string, List<string>>? customHeaders, CancellationToken cancellationToken)
    {
        var (request, response) = await SendAsync(HttpMethod.Delete, url, null, credentials, customHeaders, cancellationToken).ConfigureAwait(false);
        return new HttpOperationResponse { Request = request, Response = response };
    }

    private async Task<(HttpRequestMessage Request, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, Uri url, HttpContent? content, ServiceClientCredentials credentials,
        Dictionary<string, List<string>>? customHeaders, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        foreach (var (name, values) in customHeaders ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, values);
        }

        // The Bot Framework's credentials set the channel's bearer token (acquired and cached by
        // the SDK's own token providers); anonymous credentials set none.
        await credentials.ProcessHttpRequestAsync(request, cancellationToken).ConfigureAwait(false);
        var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await ChannelErrors.ToExceptionAsync(request, response, cancellationToken).ConfigureAwait(false);
        }

        return (request, response);
    }
}
