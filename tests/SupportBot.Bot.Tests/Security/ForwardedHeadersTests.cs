using System.Net;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// Issue 15, finding 6: with <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>, forwarded headers are
/// believed only from configured proxies, and a forwarded address never passes the loopback rule.
/// All traffic stays on loopback; a <see cref="SimulatedPeer"/> makes the bot see the caller as a remote
/// address (a documentation address) before any of its middleware runs.
/// </summary>
public sealed class ForwardedHeadersTests : IAsyncLifetime
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.9");

    private ChannelSink _sink = null!;

    public async Task InitializeAsync() => _sink = await ChannelSink.StartAsync();

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    [Fact]
    public async Task RemoteClientSendingForwardedForLoopbackIsRefusedInDevelopmentMode()
    {
        await using var bot = new BotHost(ForwardedHeadersOn(), SimulatedPeer.From(Remote)).Start();
        using var http = bot.CreateLoopbackClient();
        http.DefaultRequestHeaders.Add("X-Forwarded-For", "127.0.0.1");
        var emulator = new EmulatorClient(http, _sink.ServiceUrl);

        using var response = await emulator.PostAsync(emulator.Message("hello"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(_sink.Received);
    }

    [Fact]
    public async Task RotatingForwardedForDoesNotEscapeThePerClientLimit()
    {
        var settings = ForwardedHeadersOn();
        settings["RequestProtection:PermitsPerClient"] = "3";
        await using var bot = new BotHost(settings, SimulatedPeer.From(Remote)).Start();
        using var http = bot.CreateLoopbackClient();

        var statuses = await GetWithRotatingForwardedForAsync(http, requests: 5);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task RequestRelayedByATrustedProxyIsNotTakenForLoopbackEvenWhenItSaysSo()
    {
        // The bot on loopback, so the caller is a trusted proxy (the default); it relays "127.0.0.1".
        await using var bot = new BotHost(new Dictionary<string, string?> { ["FORWARDEDHEADERS_ENABLED"] = "true" }).Start();
        using var http = bot.CreateLoopbackClient();
        http.DefaultRequestHeaders.Add("X-Forwarded-For", "127.0.0.1");
        var emulator = new EmulatorClient(http, _sink.ServiceUrl);

        using var response = await emulator.PostAsync(emulator.Message("hello"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ConfiguredProxyIsBelievedForTheClientAddress()
    {
        var settings = ForwardedHeadersOn();
        settings["RequestProtection:PermitsPerClient"] = "3";
        settings["ForwardedHeaders:KnownProxies:0"] = Remote.ToString();
        await using var bot = new BotHost(settings, SimulatedPeer.From(Remote)).Start();
        using var http = bot.CreateLoopbackClient();

        var statuses = await GetWithRotatingForwardedForAsync(http, requests: 5);

        // Each relayed client has its own partition behind a proxy the operator named.
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    /// <summary>GETs the page <paramref name="requests"/> times, each claiming another forwarded client address.</summary>
    private static async Task<List<HttpStatusCode>> GetWithRotatingForwardedForAsync(HttpClient http, int requests)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= requests; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}");
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private static Dictionary<string, string?> ForwardedHeadersOn() => new() { ["FORWARDEDHEADERS_ENABLED"] = "true" };
}
