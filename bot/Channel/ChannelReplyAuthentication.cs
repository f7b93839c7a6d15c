using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Channel;

/// <summary>
/// The Bot Framework's authentication, unchanged, except that every connector factory it hands
/// out (with an authenticated request or on its own) is a <see cref="ChannelConnectorFactory"/>, and
/// the user-token client is made only when a turn uses it (<see cref="DeferredUserTokenClient"/>).
/// </summary>
internal sealed class ChannelReplyAuthentication(
    BotFrameworkAuthentication sdk, ConnectorClientCache clients, IHttpClientFactory httpClients) : BotFrameworkAuthentication
{
    /// <remarks>
    /// A token the SDK refuses surfaces as <see cref="ChannelTokenRejectedException"/> and an identity
    /// provider it cannot reach as <see cref="IdentityProviderUnavailableException"/>, which the channel
    /// gate answers with 401 and 503; the SDK's own exceptions were a 500 (or a 401 logged as an error
    /// with a stack trace) depending on where in the validation they arose.
    /// </remarks>
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(
        Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return Wrap(await sdk.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && ChannelTokenFailures.Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(
        string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Wrap(await sdk.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new ChannelConnectorFactory(sdk.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity), clients, httpClients);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(ct => sdk.CreateUserTokenClientAsync(claimsIdentity, ct)));

    public override BotFrameworkClient CreateBotFrameworkClient() => sdk.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => sdk.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        sdk.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private AuthenticateRequestResult Wrap(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not ChannelConnectorFactory)
        {
            result.ConnectorFactory = new ChannelConnectorFactory(factory, AppIdOf(result.ClaimsIdentity), clients, httpClients);
        }

        return result;
    }

    // Whose credentials the SDK's factory holds: the bot's app id is the token's audience; a skill
    // call also names the calling bot. Anonymous (local) requests have neither.
    private static string? AppIdOf(ClaimsIdentity? identity) =>
        identity is null
            ? null
            : string.Join(' ',
                identity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value,
                identity.FindFirst(AuthenticationConstants.AppIdClaim)?.Value,
                identity.FindFirst(AuthenticationConstants.AuthorizedParty)?.Value);
}
