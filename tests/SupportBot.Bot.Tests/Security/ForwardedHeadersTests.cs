using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// Issue 15, finding 6: with <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>, forwarded headers are
/// believed only from configured proxies, and a forwarded address never passes the loopback rule.
/// A "remote" client is this machine's own non-loopback address, so the bot sees a real
/// non-loopback peer over real HTTP.
/// </summary>
public sealed class ForwardedHeadersTests : IAsyncLifetime
{
    private ChannelSink _sink = null!;

    public async Task InitializeAsync() => _sink = await ChannelSink.StartAsync();

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    [SkippableFact]
    public async Task RemoteClientSendingForwardedForLoopbackIsRefusedInDevelopmentMode()
    {
        var lan = LanAddressOrSkip();
        await using var bot = new BotHost(Settings(lan)).Start();
        using var http = bot.CreateLoopbackClient();
        http.DefaultRequestHeaders.Add("X-Forwarded-For", "127.0.0.1");
        var emulator = new EmulatorClient(http, _sink.ServiceUrl);

        using var response = await emulator.PostAsync(emulator.Message("hello"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(_sink.Received);
    }

    [SkippableFact]
    public async Task RotatingForwardedForDoesNotEscapeThePerClientLimit()
    {
        var lan = LanAddressOrSkip();
        var settings = Settings(lan);
        settings["RequestProtection:PermitsPerClient"] = "3";
        await using var bot = new BotHost(settings).Start();
        using var http = bot.CreateLoopbackClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}");
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

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

    [SkippableFact]
    public async Task ConfiguredProxyIsBelievedForTheClientAddress()
    {
        var lan = LanAddressOrSkip();
        var settings = Settings(lan);
        settings["RequestProtection:PermitsPerClient"] = "3";
        settings["ForwardedHeaders:KnownProxies:0"] = lan.ToString();
        await using var bot = new BotHost(settings).Start();
        using var http = bot.CreateLoopbackClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}");
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        // Each relayed client has its own partition behind a proxy the operator named.
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    private static Dictionary<string, string?> Settings(IPAddress lan) => new()
    {
        ["FORWARDEDHEADERS_ENABLED"] = "true",
        ["Urls"] = $"http://{lan}:0",
    };

    /// <summary>An IPv4 address of this machine that is not loopback; the test skips on a machine without one.</summary>
    private static IPAddress LanAddressOrSkip()
    {
        var address = NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up && nic.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .FirstOrDefault(ip => ip.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(ip));
        Skip.If(address is null, "This machine has no non-loopback IPv4 address to play a remote client.");
        return address!;
    }
}
