using System.Net.Http.Headers;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace SupportBot.Bot.Channel;

/// <summary>
/// The connector's <see cref="IConversations"/> with the calls a turn makes (reply, send, update,
/// delete) sent by SupportBot itself: cached serializer, the pooled channel <see cref="HttpClient"/>
/// with its resilience pipeline, and the bearer token from the Bot Framework's own credentials.
/// Everything else goes to the Bot Framework's client unchanged.
/// </summary>
internal sealed class ChannelConversations(
    IConversations sdk, ServiceClientCredentials credentials, Uri serviceUrl, HttpClient channel) : IConversations
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    public Task<HttpOperationResponse<ResourceResponse>> ReplyToActivityWithHttpMessagesAsync(
        string conversationId, string activityId, Activity activity,
        Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return SendActivityAsync(HttpMethod.Post, ActivityPath(conversationId, activityId), activity, customHeaders, cancellationToken);
    }

    public Task<HttpOperationResponse<ResourceResponse>> SendToConversationWithHttpMessagesAsync(
        string conversationId, Activity activity,
        Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return SendActivityAsync(HttpMethod.Post, ActivitiesPath(conversationId), activity, customHeaders, cancellationToken);
    }

    public Task<HttpOperationResponse<ResourceResponse>> UpdateActivityWithHttpMessagesAsync(
        string conversationId, string activityId, Activity activity,
        Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return SendActivityAsync(HttpMethod.Put, ActivityPath(conversationId, activityId), activity, customHeaders, cancellationToken);
    }

    public async Task<HttpOperationResponse> DeleteActivityWithHttpMessagesAsync(
        string conversationId, string activityId,
        Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var (request, response) = await SendAsync(HttpMethod.Delete, ActivityPath(conversationId, activityId), null, customHeaders, cancellationToken)
            .ConfigureAwait(false);
        return new HttpOperationResponse { Request = request, Response = response };
    }

    public Task<HttpOperationResponse<ConversationsResult>> GetConversationsWithHttpMessagesAsync(
        string? continuationToken = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        sdk.GetConversationsWithHttpMessagesAsync(continuationToken, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<ConversationResourceResponse>> CreateConversationWithHttpMessagesAsync(
        ConversationParameters parameters, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        sdk.CreateConversationWithHttpMessagesAsync(parameters, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<ResourceResponse>> SendConversationHistoryWithHttpMessagesAsync(
        string conversationId, Transcript transcript, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        sdk.SendConversationHistoryWithHttpMessagesAsync(conversationId, transcript, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<IList<ChannelAccount>>> GetConversationMembersWithHttpMessagesAsync(
        string conversationId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        sdk.GetConversationMembersWithHttpMessagesAsync(conversationId, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<PagedMembersResult>> GetConversationPagedMembersWithHttpMessagesAsync(
        string conversationId, int? pageSize = null, string? continuationToken = null,
        Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        sdk.GetConversationPagedMembersWithHttpMessagesAsync(conversationId, pageSize, continuationToken, customHeaders, cancellationToken);

    public Task<HttpOperationResponse> DeleteConversationMemberWithHttpMessagesAsync(
        string conversationId, string memberId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        sdk.DeleteConversationMemberWithHttpMessagesAsync(conversationId, memberId, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<IList<ChannelAccount>>> GetActivityMembersWithHttpMessagesAsync(
        string conversationId, string activityId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        sdk.GetActivityMembersWithHttpMessagesAsync(conversationId, activityId, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<ResourceResponse>> UploadAttachmentWithHttpMessagesAsync(
        string conversationId, AttachmentData attachmentUpload, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        sdk.UploadAttachmentWithHttpMessagesAsync(conversationId, attachmentUpload, customHeaders, cancellationToken);

    private static string ActivitiesPath(string conversationId) =>
        $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";

    private static string ActivityPath(string conversationId, string activityId) =>
        $"{ActivitiesPath(conversationId)}/{Uri.EscapeDataString(activityId)}";

    private async Task<HttpOperationResponse<ResourceResponse>> SendActivityAsync(
        HttpMethod method, string path, Activity activity, Dictionary<string, List<string>>? customHeaders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ReplyIdentity.Stamp(activity);
        var (request, response) = await SendAsync(method, path, ChannelJson.SerializeToUtf8(activity), customHeaders, cancellationToken)
            .ConfigureAwait(false);
        var body = response.Content.Headers.ContentLength == 0
            ? null
            : await ChannelJson.DeserializeAsync<ResourceResponse>(response.Content, cancellationToken).ConfigureAwait(false);
        return new HttpOperationResponse<ResourceResponse> { Request = request, Response = response, Body = body! };
    }

    private async Task<(HttpRequestMessage Request, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, string path, byte[]? body, Dictionary<string, List<string>>? customHeaders, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, new Uri(serviceUrl, path));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = Json;
        }

        foreach (var (name, values) in customHeaders ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, values);
        }

        // The Bot Framework's credentials set the channel's bearer token (acquired and cached by
        // the SDK's own token providers); anonymous credentials set none.
        await credentials.ProcessHttpRequestAsync(request, cancellationToken).ConfigureAwait(false);
        var response = await channel.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await ChannelErrors.ToExceptionAsync(request, response, cancellationToken).ConfigureAwait(false);
        }

        return (request, response);
    }
}
