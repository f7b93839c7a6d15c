using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Channel;

/// <summary>
/// The Bot Framework's user-token client, made only when a turn first asks for a token.
/// <c>CloudAdapter</c> creates one for every turn, and building it (an <c>OAuthClient</c>, whose
/// constructor parses regular expressions for its user agent) was a measurable share of a turn's
/// CPU; the support dialogs never sign anyone in, so most turns now never pay for it.
/// </summary>
internal sealed class DeferredUserTokenClient(Func<CancellationToken, Task<UserTokenClient>> create) : UserTokenClient
{
    private readonly Lock _gate = new();
    private Task<UserTokenClient>? _client;

    public override async Task<TokenResponse> GetUserTokenAsync(
        string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false))
            .GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken).ConfigureAwait(false);

    public override async Task<SignInResource> GetSignInResourceAsync(
        string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false))
            .GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken).ConfigureAwait(false);

    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false))
            .SignOutUserAsync(userId, connectionName, channelId, cancellationToken).ConfigureAwait(false);

    public override async Task<TokenStatus[]> GetTokenStatusAsync(
        string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false))
            .GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken).ConfigureAwait(false);

    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(
        string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false))
            .GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken).ConfigureAwait(false);

    public override async Task<TokenResponse> ExchangeTokenAsync(
        string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false))
            .ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken).ConfigureAwait(false);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Task<UserTokenClient>? client;
            lock (_gate)
            {
                client = _client;
            }

            if (client is { IsCompletedSuccessfully: true })
            {
                client.Result.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private Task<UserTokenClient> ClientAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _client ??= create(cancellationToken);
        }
    }
}
