using System.Net;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Security;

/// <summary>Low limits configured for the test; the defaults are far above any real conversation.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private ChannelSink _sink = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _bot = new BotHost(new Dictionary<string, string?>
        {
            ["RequestProtection:PermitsPerConversation"] = "3",
            ["RequestProtection:PermitsPerClient"] = "8",
        }).Start();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task ConversationOverItsLimitGets429WithRetryAfterWhileAnotherConversationGoesOn()
    {
        using var http = _bot.CreateLoopbackClient();
        var busy = new EmulatorClient(http, _sink.ServiceUrl);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await busy.PostAsync(busy.Message("hello"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            }
        }

        var other = new EmulatorClient(http, _sink.ServiceUrl);
        using var otherResponse = await other.PostAsync(other.Message("hello"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode);
    }

    [Fact]
    public async Task ClientOverItsLimitGets429ButHealthProbesStillAnswer()
    {
        using var http = _bot.CreateLoopbackClient();
        var last = HttpStatusCode.OK;
        for (var i = 0; i < 10; i++)
        {
            using var page = await http.GetAsync(new Uri("/", UriKind.Relative));
            last = page.StatusCode;
        }

        using var health = await http.GetAsync(new Uri("healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
