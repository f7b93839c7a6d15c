using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace SupportBot.Bot.Channel;

/// <summary>
/// What <c>CloudAdapter</c> asks its connector factory for: a turn's connector to one service URL.
/// The credentials are the Bot Framework's own, chosen by <see cref="ChannelAuthentication"/>.
/// </summary>
internal sealed class ChannelConnectorFactory(
    Func<string, string, CancellationToken, Task<ServiceClientCredentials>> credentials, ChannelReplyClient replies) : ConnectorFactory
{
    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        new ChannelConnector(new Uri(serviceUrl), await credentials(serviceUrl, audience, cancellationToken).ConfigureAwait(false), replies);
}

/// <summary>
/// The connector a turn holds: the SDK sends, updates and deletes the bot's activities through
/// <see cref="IConnectorClient.Conversations"/>, and those four calls go to <see cref="ChannelReplyClient"/>.
/// The rest of the Bot Connector API (members, conversations, history, uploads) is not used by
/// SupportBot and says so instead of quietly taking another route.
/// </summary>
internal sealed class ChannelConnector(Uri serviceUrl, ServiceClientCredentials credentials, ChannelReplyClient replies)
    : IConnectorClient, IConversations
{
    private const string Unused = "SupportBot sends, updates and deletes activities only; this Bot Connector call is not wired.";

    // Relative paths resolve under the service URL only when it ends in '/' (as the SDK ensures too).
    public Uri BaseUri { get; set; } = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");

    public ServiceClientCredentials Credentials => credentials;

    public IConversations Conversations => this;

    public IAttachments Attachments => throw new NotSupportedException(Unused);

    public JsonSerializerSettings SerializationSettings => throw new NotSupportedException("Activities are written by ChannelJson.");

    public JsonSerializerSettings DeserializationSettings => throw new NotSupportedException("Activities are written by ChannelJson.");

    public Task<HttpOperationResponse<ResourceResponse>> ReplyToActivityWithHttpMessagesAsync(
        string conversationId, string activityId, Activity activity,
        Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        replies.SendActivityAsync(HttpMethod.Post, ActivityUrl(conversationId, activityId), activity, credentials, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<ResourceResponse>> SendToConversationWithHttpMessagesAsync(
        string conversationId, Activity activity,
        Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        replies.SendActivityAsync(HttpMethod.Post, ActivitiesUrl(conversationId), activity, credentials, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<ResourceResponse>> UpdateActivityWithHttpMessagesAsync(
        string conversationId, string activityId, Activity activity,
        Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        replies.SendActivityAsync(HttpMethod.Put, ActivityUrl(conversationId, activityId), activity, credentials, customHeaders, cancellationToken);

    public Task<HttpOperationResponse> DeleteActivityWithHttpMessagesAsync(
        string conversationId, string activityId,
        Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        replies.DeleteActivityAsync(ActivityUrl(conversationId, activityId), credentials, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<ConversationsResult>> GetConversationsWithHttpMessagesAsync(
        string? continuationToken = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(Unused);

    public Task<HttpOperationResponse<ConversationResourceResponse>> CreateConversationWithHttpMessagesAsync(
        ConversationParameters parameters, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(Unused);

    public Task<HttpOperationResponse<ResourceResponse>> SendConversationHistoryWithHttpMessagesAsync(
        string conversationId, Transcript transcript, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(Unused);

    public Task<HttpOperationResponse<IList<ChannelAccount>>> GetConversationMembersWithHttpMessagesAsync(
        string conversationId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(Unused);

    public Task<HttpOperationResponse<PagedMembersResult>> GetConversationPagedMembersWithHttpMessagesAsync(
        string conversationId, int? pageSize = null, string? continuationToken = null,
        Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(Unused);

    public Task<HttpOperationResponse> DeleteConversationMemberWithHttpMessagesAsync(
        string conversationId, string memberId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(Unused);

    public Task<HttpOperationResponse<IList<ChannelAccount>>> GetActivityMembersWithHttpMessagesAsync(
        string conversationId, string activityId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(Unused);

    public Task<HttpOperationResponse<ResourceResponse>> UploadAttachmentWithHttpMessagesAsync(
        string conversationId, AttachmentData attachmentUpload, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException(Unused);

    // Nothing to release: the HttpClient is the factory's and the credentials are shared across turns.
    public void Dispose()
    {
    }

    private Uri ActivitiesUrl(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return new Uri(BaseUri, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities");
    }

    private Uri ActivityUrl(string conversationId, string activityId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return new Uri(BaseUri, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}");
    }
}
