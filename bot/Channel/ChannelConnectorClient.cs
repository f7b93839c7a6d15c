using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace SupportBot.Bot.Channel;

/// <summary>The Bot Framework's connector client with <see cref="Conversations"/> replaced by <see cref="ChannelConversations"/>.</summary>
internal sealed class ChannelConnectorClient(IConnectorClient sdk, HttpClient channel) : IConnectorClient
{
    public Uri BaseUri { get => sdk.BaseUri; set => sdk.BaseUri = value; }

    public JsonSerializerSettings SerializationSettings => sdk.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => sdk.DeserializationSettings;

    public ServiceClientCredentials Credentials => sdk.Credentials;

    public IAttachments Attachments => sdk.Attachments;

    public IConversations Conversations { get; } = new ChannelConversations(sdk.Conversations, sdk.Credentials, WithTrailingSlash(sdk.BaseUri), channel);

    public void Dispose() => sdk.Dispose();

    // Relative paths resolve under the service URL only when it ends in '/' (as the SDK ensures too).
    private static Uri WithTrailingSlash(Uri serviceUrl) =>
        serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");
}
