using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Serilog.Core;
using Serilog.Events;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Logging;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// Issue 15, finding 7: with an app id configured, a token that is not even a JWT is the caller's
/// fault (401), and an identity provider that cannot be reached is ours (503 with Retry-After);
/// neither is an unhandled 500 with a stack trace in the log.
/// </summary>
public sealed class ChannelTokenFailureTests : IAsyncLifetime
{
    private const string AppId = "00000000-1111-2222-3333-555555555555";

    private readonly CollectingSink _logs = new();
    private OpenIdTestIssuer _issuer = null!;
    private ChannelSink _sink = null!;

    public async Task InitializeAsync()
    {
        _issuer = await OpenIdTestIssuer.StartAsync();
        _sink = await ChannelSink.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _sink.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")]
    public async Task MalformedBearerTokenIs401WithAReasonAndNoStackTrace(string token)
    {
        await using var bot = new BotHost(_issuer.BotSettings(AppId), services => services.AddSingleton<ILogEventSink>(_logs)).Start();

        using var response = await PostAsync(bot, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("token", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        AssertNoStackTraceLogged();
    }

    [Fact]
    public async Task UnreachableIdentityProviderIs503WithRetryAfterAndNoStackTrace()
    {
        // A fresh metadata URL (the Bot Framework caches metadata per URL) on a port nothing listens on.
        var settings = _issuer.BotSettings(AppId);
        var unreachable = $"https://127.0.0.1:{FreePort()}/{Guid.NewGuid():N}/.well-known/openid-configuration";
        settings["ToBotFromChannelOpenIdMetadataUrl"] = unreachable;
        settings["ToBotFromEmulatorOpenIdMetadataUrl"] = unreachable;
        await using var bot = new BotHost(settings, services => services.AddSingleton<ILogEventSink>(_logs)).Start();

        using var response = await PostAsync(bot, _issuer.Token(AppId, _sink.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        AssertNoStackTraceLogged();
    }

    private void AssertNoStackTraceLogged()
    {
        Assert.DoesNotContain(_logs.Events, e => e.Exception is not null || e.Level >= LogEventLevel.Error);
        Assert.DoesNotContain("   at ", _logs.RenderAll(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(BotHost bot, string token)
    {
        using var http = bot.CreateLoopbackClient();
        var activity = new EmulatorClient(http, _sink.ServiceUrl) { ChannelId = "webchat" }.Message("hello");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
