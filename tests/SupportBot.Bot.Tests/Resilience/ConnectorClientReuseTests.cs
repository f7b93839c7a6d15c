using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Channel;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Resilience;

/// <summary>
/// Connector clients are built once per app, audience and service URL and outlive the turn that
/// made them; the user-token client is built only when a turn asks for a token.
/// </summary>
public sealed class ConnectorClientReuseTests : IAsyncLifetime
{
    private ChannelSink _sink = null!;

    public async Task InitializeAsync() => _sink = await ChannelSink.StartAsync();

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    [Fact]
    public async Task SecondTurnToTheSameChannelReusesTheClientTheFirstTurnDisposed()
    {
        var sdk = new CountingConnectorFactory();
        using var cache = new ConnectorClientCache();
        using var http = new HttpClientFactory();
        var factory = new ChannelConnectorFactory(sdk, "app-1", cache, http);

        var first = await factory.CreateAsync(_sink.ServiceUrl.AbsoluteUri, "audience", CancellationToken.None);
        await first.Conversations.ReplyToActivityAsync(Reply("1"), CancellationToken.None);
        first.Dispose();
        using var second = await factory.CreateAsync(_sink.ServiceUrl.AbsoluteUri, "audience", CancellationToken.None);
        await second.Conversations.ReplyToActivityAsync(Reply("2"), CancellationToken.None);

        Assert.Equal(1, sdk.Created);
        Assert.Equal(["1", "2"], _sink.Received.Select(a => a.Id));
    }

    [Fact]
    public async Task AnotherServiceUrlOrAnotherAppGetsItsOwnClient()
    {
        var sdk = new CountingConnectorFactory();
        using var cache = new ConnectorClientCache();
        using var http = new HttpClientFactory();

        using var a = await new ChannelConnectorFactory(sdk, "app-1", cache, http).CreateAsync("http://127.0.0.1:1/", "audience", CancellationToken.None);
        using var b = await new ChannelConnectorFactory(sdk, "app-1", cache, http).CreateAsync("http://127.0.0.1:2/", "audience", CancellationToken.None);
        using var c = await new ChannelConnectorFactory(sdk, "app-2", cache, http).CreateAsync("http://127.0.0.1:1/", "audience", CancellationToken.None);

        Assert.Equal(3, sdk.Created);
        Assert.Equal(["http://127.0.0.1:1/", "http://127.0.0.1:2/", "http://127.0.0.1:1/"], sdk.ServiceUrls);
    }

    [Fact]
    public async Task ClientThatCouldNotBeBuiltIsBuiltAgainOnTheNextTurn()
    {
        var sdk = new CountingConnectorFactory { FailuresLeft = 1 };
        using var cache = new ConnectorClientCache();
        using var http = new HttpClientFactory();
        var factory = new ChannelConnectorFactory(sdk, "app-1", cache, http);

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.CreateAsync("http://127.0.0.1:1/", "audience", CancellationToken.None));
        using var client = await factory.CreateAsync("http://127.0.0.1:1/", "audience", CancellationToken.None);

        Assert.Equal(2, sdk.Created);
    }

    [Fact]
    public async Task OnceTheCacheIsFullNewServiceUrlsGetAClientForTheTurnOnly()
    {
        var sdk = new CountingConnectorFactory();
        using var cache = new ConnectorClientCache();
        using var http = new HttpClientFactory();
        var factory = new ChannelConnectorFactory(sdk, "app-1", cache, http);
        for (var i = 0; i < ConnectorClientCache.Capacity; i++)
        {
            using var cached = await factory.CreateAsync($"http://127.0.0.{i % 250}:{1000 + i}/", "audience", CancellationToken.None);
        }

        var overflow = await factory.CreateAsync(_sink.ServiceUrl.AbsoluteUri, "audience", CancellationToken.None);
        overflow.Dispose();
        using var again = await factory.CreateAsync(_sink.ServiceUrl.AbsoluteUri, "audience", CancellationToken.None);

        Assert.Equal(ConnectorClientCache.Capacity + 2, sdk.Created);
        Assert.True(sdk.Clients[^2].Disposed, "the uncached client is the turn's to dispose");
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

    /// <summary>The SDK's own connector client, counted.</summary>
    private sealed class CountingConnectorFactory : ConnectorFactory
    {
        public int Created { get; private set; }

        public int FailuresLeft { get; set; }

        public List<string> ServiceUrls { get; } = [];

        public List<TrackedConnectorClient> Clients { get; } = [];

        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            Created++;
            if (FailuresLeft-- > 0)
            {
                throw new InvalidOperationException("credentials unavailable");
            }

            ServiceUrls.Add(serviceUrl);
            var client = new TrackedConnectorClient(new Uri(serviceUrl));
            Clients.Add(client);
            return Task.FromResult<IConnectorClient>(client);
        }
    }

    private sealed class TrackedConnectorClient(Uri serviceUrl) : ConnectorClient(serviceUrl, MicrosoftAppCredentials.Empty)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
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

    /// <summary>Plain pooled clients, as the host's factory hands out for the channel.</summary>
    private sealed class HttpClientFactory : IHttpClientFactory, IDisposable
    {
        private readonly SocketsHttpHandler _handler = new();

        public HttpClient CreateClient(string name) => new(_handler, disposeHandler: false);

        public void Dispose() => _handler.Dispose();
    }
}
