using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace SupportBot.Bot.Channel;

/// <summary>
/// Wraps the connector factory the Bot Framework's authentication made for this turn: the SDK
/// still chooses the credentials (app id, audience, token scope) and builds its client, once per
/// app id, audience and service URL (<see cref="ConnectorClientCache"/>); replies go out through
/// <see cref="ChannelConnectorClient"/>.
/// </summary>
internal sealed class ChannelConnectorFactory(
    ConnectorFactory sdk, string? appId, ConnectorClientCache clients, IHttpClientFactory httpClients) : ConnectorFactory
{
    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        var key = string.Join('\n', appId, audience, serviceUrl);
        var (client, shared) = await clients.GetAsync(key, () => sdk.CreateAsync(serviceUrl, audience, cancellationToken)).ConfigureAwait(false);
        return new ChannelConnectorClient(client, httpClients.CreateClient(ChannelHttp.ClientName), ownsSdkClient: !shared);
    }
}
