using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace SupportBot.Bot.Channel;

/// <summary>The Bot Framework's connector client with <see cref="Conversations"/> replaced by <see cref="ChannelConversations"/>.</summary>
/// <remarks>
/// The turn disposes this at its end; the SDK client inside is disposed with it only when this
/// wrapper owns it (it is not one shared through <see cref="ConnectorClientCache"/>).
/// </remarks>
internal sealed class ChannelConnectorClient(IConnectorClient sdk, HttpClient channel, bool ownsSdkClient) : IConnectorClient
{
    public Uri BaseUri { get => sdk.BaseUri; set => sdk.BaseUri = value; }

    public JsonSerializerSettings SerializationSettings => sdk.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => sdk.DeserializationSettings;

    public ServiceClientCredentials Credentials => sdk.Credentials;

    public IAttachments Attachments => sdk.Attachments;

    public IConversations Conversations { get; } = new ChannelConversations(sdk.Conversations, sdk.Credentials, WithTrailingSlash(sdk.BaseUri), channel);

    public void Dispose()
    {
        if (ownsSdkClient)
        {
            sdk.Dispose();
        }
    }

    // Relative paths resolve under the service URL only when it ends in '/' (as the SDK ensures too).
    private static Uri WithTrailingSlash(Uri serviceUrl) =>
        serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");
}
