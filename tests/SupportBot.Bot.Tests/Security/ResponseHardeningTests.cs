using System.Net;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Security;

public sealed class ResponseHardeningTests
{
    private const string InternalDetail = "connection string Server=db;Password=hunter2";

    [Theory]
    [InlineData("/")]
    [InlineData("/healthz")]
    [InlineData("/no-such-page")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        await using var bot = new BotHost().Start();
        using var http = bot.CreateLoopbackClient();

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Contains("script-src 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task FailingEndpointAnswers500WithoutStackTraceOrExceptionText()
    {
        // The adapter's first step (checking the caller with the identity provider) fails in a way nobody handles.
        var authentication = new Mock<BotFrameworkAuthentication>();
        authentication.Setup(a => a.AuthenticateRequestAsync(It.IsAny<Activity>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException(InternalDetail));
        await using var sink = await ChannelSink.StartAsync();
        await using var bot = new BotHost(configureServices: services => services.AddSingleton(authentication.Object)).Start();
        var emulator = new EmulatorClient(bot.CreateLoopbackClient(), sink.ServiceUrl);

        using var response = await emulator.PostAsync(emulator.Message("hello"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;
}
