using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Channel;

/// <summary>
/// The Bot Framework's authentication, unchanged, except that every connector factory it hands
/// out (with an authenticated request or on its own) is a <see cref="ChannelConnectorFactory"/>.
/// </summary>
internal sealed class ChannelReplyAuthentication(BotFrameworkAuthentication sdk, IHttpClientFactory httpClients) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(
        Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Wrap(await sdk.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(
        string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Wrap(await sdk.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new ChannelConnectorFactory(sdk.CreateConnectorFactory(claimsIdentity), httpClients);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        sdk.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => sdk.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => sdk.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        sdk.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private AuthenticateRequestResult Wrap(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not ChannelConnectorFactory)
        {
            result.ConnectorFactory = new ChannelConnectorFactory(factory, httpClients);
        }

        return result;
    }
}
