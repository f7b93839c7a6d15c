using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace SupportBot.Bot.Channel;

/// <summary>
/// The Bot Framework's authentication from the standard configuration keys, as the SDK builds it
/// (its JWT validation, cloud, credentials and token scopes), with three changes:
/// <list type="bullet">
/// <item>replies go out through <see cref="ChannelReplyClient"/>: every connector factory handed out
/// is a <see cref="ChannelConnectorFactory"/>, using the credentials the SDK's own factory chose;</item>
/// <item>those credentials are kept per bot and audience, not rebuilt for every turn (they cache and
/// refresh their own token; building the SDK's connector client for each turn cost more CPU than the reply);</item>
/// <item>the user-token client is made only when a turn uses it (<see cref="DeferredUserTokenClient"/>),
/// and a refused or unjudgeable channel token surfaces as <see cref="ChannelTokenRejectedException"/> or
/// <see cref="IdentityProviderUnavailableException"/>, which the channel gate answers with 401 and 503.</item>
/// </list>
/// </summary>
internal sealed class ChannelAuthentication(
    IConfiguration configuration,
    ChannelReplyClient replies,
    IHttpClientFactory httpClients,
    ServiceClientCredentialsFactory? credentialsFactory = null,
    AuthenticationConfiguration? authConfiguration = null)
    : ConfigurationBotFrameworkAuthentication(configuration, credentialsFactory, authConfiguration, httpClients)
{
    /// <summary>Bots and audiences whose credentials are kept; past it a turn gets credentials of its own.</summary>
    public const int CredentialCapacity = 256;

    private readonly ConcurrentDictionary<string, Lazy<Task<ServiceClientCredentials>>> _credentials = new(StringComparer.Ordinal);

    /// <remarks>The SDK's own exceptions were a 500 (or a 401 logged as an error with a stack trace) depending on where in the validation they arose.</remarks>
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(
        Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        AuthenticateRequestResult result;
        try
        {
            result = await base.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && ChannelTokenFailures.Translate(exception) is { } translated)
        {
            throw translated;
        }

        result.ConnectorFactory = Connectors(result.ClaimsIdentity, result.ConnectorFactory);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(
        string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await base.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
        if (result.ConnectorFactory is { } sdk)
        {
            result.ConnectorFactory = Connectors(result.ClaimsIdentity, sdk);
        }

        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        Connectors(claimsIdentity, base.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(token => base.CreateUserTokenClientAsync(claimsIdentity, token)));

    private ChannelConnectorFactory Connectors(ClaimsIdentity? identity, ConnectorFactory sdk)
    {
        var app = AppIdOf(identity);
        return new ChannelConnectorFactory(
            (serviceUrl, audience, cancellationToken) =>
                CredentialsAsync(string.Join('\n', app, audience), () => CredentialsFromAsync(sdk, serviceUrl, audience, cancellationToken)),
            replies);
    }

    private async Task<ServiceClientCredentials> CredentialsAsync(string key, Func<Task<ServiceClientCredentials>> create)
    {
        if (!_credentials.TryGetValue(key, out var entry))
        {
            if (_credentials.Count >= CredentialCapacity)
            {
                return await create().ConfigureAwait(false);
            }

            entry = _credentials.GetOrAdd(key, _ => new Lazy<Task<ServiceClientCredentials>>(create));
        }

        try
        {
            return await entry.Value.ConfigureAwait(false);
        }
        catch
        {
            // A failed creation (credentials unavailable, say) must not stick: the next turn tries again.
            _credentials.TryRemove(new KeyValuePair<string, Lazy<Task<ServiceClientCredentials>>>(key, entry));
            throw;
        }
    }

    // The SDK's factory knows the cloud, login endpoint and token scope; its client is built once
    // here only to be asked for the credentials it chose (they do not depend on the service URL).
    private static async Task<ServiceClientCredentials> CredentialsFromAsync(
        ConnectorFactory sdk, string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        using var client = await sdk.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
        return client.Credentials;
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
