using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Rest;
using SupportBot.Bot.Channel;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Resilience;

/// <summary>
/// The credentials the Bot Framework chooses for a bot and audience are made once and outlive the
/// turn that asked for them; the user-token client is built only when a turn asks for a token.
/// </summary>
public sealed class ChannelCredentialReuseTests : IAsyncLifetime, IDisposable
{
    private readonly CountingCredentialsFactory _credentials = new();
    private readonly PlainHttpClients _http = new();
    private ChannelSink _sink = null!;
    private ChannelAuthentication _authentication = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _authentication = new ChannelAuthentication(
            new ConfigurationBuilder().Build(), new ChannelReplyClient(_http), _http, _credentials);
    }

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task SecondTurnToTheSameBotReusesTheCredentialsAndCarriesTheirToken()
    {
        var factory = _authentication.CreateConnectorFactory(Bot("app-1"));

        using (var first = await factory.CreateAsync(_sink.ServiceUrl.AbsoluteUri, "audience", CancellationToken.None))
        {
            await first.Conversations.ReplyToActivityAsync(Reply("1"), CancellationToken.None);
        }

        using var second = await _authentication.CreateConnectorFactory(Bot("app-1")).CreateAsync(_sink.ServiceUrl.AbsoluteUri, "audience", CancellationToken.None);
        await second.Conversations.ReplyToActivityAsync(Reply("2"), CancellationToken.None);

        Assert.Equal(1, _credentials.Created);
        Assert.Equal(2, _sink.Requests.Count);
        Assert.All(_sink.Requests, r => Assert.Equal("Bearer token-for-app-1", r.Headers["Authorization"]));
    }

    [Fact]
    public async Task AnotherBotOrAudienceGetsItsOwnCredentialsAnotherServiceUrlDoesNot()
    {
        using var a = await _authentication.CreateConnectorFactory(Bot("app-1")).CreateAsync("http://127.0.0.1:1/", "audience-1", CancellationToken.None);
        using var b = await _authentication.CreateConnectorFactory(Bot("app-1")).CreateAsync("http://127.0.0.1:1/", "audience-2", CancellationToken.None);
        using var c = await _authentication.CreateConnectorFactory(Bot("app-2")).CreateAsync("http://127.0.0.1:1/", "audience-1", CancellationToken.None);
        using var d = await _authentication.CreateConnectorFactory(Bot("app-1")).CreateAsync("http://127.0.0.1:2/", "audience-1", CancellationToken.None);

        Assert.Equal(["app-1 audience-1", "app-1 audience-2", "app-2 audience-1"], _credentials.Requests);
        Assert.Same(a.Credentials, d.Credentials);
    }

    [Fact]
    public async Task CredentialsThatCouldNotBeMadeAreMadeAgainOnTheNextTurn()
    {
        _credentials.FailuresLeft = 1;
        var factory = _authentication.CreateConnectorFactory(Bot("app-1"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.CreateAsync("http://127.0.0.1:1/", "audience", CancellationToken.None));
        using var client = await factory.CreateAsync("http://127.0.0.1:1/", "audience", CancellationToken.None);

        Assert.Equal(2, _credentials.Created);
    }

    [Fact]
    public async Task OnceTheCacheIsFullNewAudiencesGetCredentialsForTheTurnOnly()
    {
        var factory = _authentication.CreateConnectorFactory(Bot("app-1"));
        for (var i = 0; i < ChannelAuthentication.CredentialCapacity; i++)
        {
            using var cached = await factory.CreateAsync("http://127.0.0.1:1/", $"audience-{i}", CancellationToken.None);
        }

        using var overflow = await factory.CreateAsync("http://127.0.0.1:1/", "one-more", CancellationToken.None);
        using var again = await factory.CreateAsync("http://127.0.0.1:1/", "one-more", CancellationToken.None);
        using var cachedAgain = await factory.CreateAsync("http://127.0.0.1:1/", "audience-0", CancellationToken.None);

        Assert.Equal(ChannelAuthentication.CredentialCapacity + 2, _credentials.Created);
    }

    [Fact]
    public async Task UserTokenClientIsBuiltOnlyWhenATurnAsksForATokenAndThenOnce()
    {
        var built = 0;
        using var client = new DeferredUserTokenClient(_ =>
        {
            built++;
            return Task.FromResult<UserTokenClient>(new FixedTokenClient());
        });

        Assert.Equal(0, built);
        var first = await client.GetUserTokenAsync("user", "connection", "emulator", "", CancellationToken.None);
        var second = await client.GetUserTokenAsync("user", "connection", "emulator", "", CancellationToken.None);

        Assert.Equal(1, built);
        Assert.Equal(("token-for-user", "token-for-user"), (first.Token, second.Token));
    }

    private static ClaimsIdentity Bot(string appId) => new([new Claim(AuthenticationConstants.AudienceClaim, appId)], "Bearer");

    private static Activity Reply(string id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ReplyToId = "incoming",
        ChannelId = "emulator",
        From = new ChannelAccount("bot"),
        Recipient = new ChannelAccount("user"),
        Conversation = new ConversationAccount(id: "conversation-1"),
        Text = "reply " + id,
    };

    /// <summary>The bot's outbound credentials (Azure AD cannot be reached here), counted.</summary>
    private sealed class CountingCredentialsFactory : ServiceClientCredentialsFactory
    {
        public int Created => Requests.Count + Failed;

        public int Failed { get; private set; }

        public int FailuresLeft { get; set; }

        public List<string> Requests { get; } = [];

        public override Task<bool> IsValidAppIdAsync(string appId, CancellationToken cancellationToken) => Task.FromResult(true);

        public override Task<bool> IsAuthenticationDisabledAsync(CancellationToken cancellationToken) => Task.FromResult(false);

        public override Task<ServiceClientCredentials> CreateCredentialsAsync(
            string appId, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken)
        {
            if (FailuresLeft-- > 0)
            {
                Failed++;
                throw new InvalidOperationException("credentials unavailable");
            }

            Requests.Add($"{appId} {audience}");
            return Task.FromResult<ServiceClientCredentials>(new BearerCredentials("token-for-" + appId));
        }
    }

    private sealed class BearerCredentials(string token) : ServiceClientCredentials
    {
        public override Task ProcessHttpRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return Task.CompletedTask;
        }
    }

    private sealed class FixedTokenClient : UserTokenClient
    {
        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
            Task.FromResult(new TokenResponse(token: "token-for-" + userId));

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}

/// <summary>Plain pooled clients, as the host's factory hands out for the channel.</summary>
internal sealed class PlainHttpClients(HttpMessageHandler? handler = null) : IHttpClientFactory, IDisposable
{
    private readonly HttpMessageHandler _handler = handler ?? new SocketsHttpHandler();

    public HttpClient CreateClient(string name) => new(_handler, disposeHandler: false);

    public void Dispose() => _handler.Dispose();
}
