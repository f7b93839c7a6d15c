using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Newtonsoft.Json;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// With <c>MicrosoftAppId</c> set, <c>/api/messages</c> is guarded by the Bot Framework's own JWT
/// validation, here against a local OpenID issuer. Only the bot's outbound credentials are faked
/// (Azure AD cannot be reached here), so a reply to the channel proves the turn ran.
/// </summary>
public sealed class ChannelAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "00000000-1111-2222-3333-444444444444";

    private OpenIdTestIssuer _issuer = null!;
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _issuer = await OpenIdTestIssuer.StartAsync();
        _sink = await ChannelSink.StartAsync();
        _bot = new BotHost(_issuer.BotSettings(AppId), services => services.AddSingleton(FakeOutboundCredentials())).Start();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task CorrectlySignedChannelTokenIsAcceptedAndTheBotAnswers()
    {
        var (status, activity) = await PostAsync(_issuer.Token(AppId, _sink.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.OK, status);
        var reply = Assert.Single(await _sink.WaitForAsync(1));
        Assert.Equal(activity.Id, reply.ReplyToId);
    }

    public static TheoryData<string> SpoiledTokens => ["wrong signature", "wrong issuer", "wrong audience", "expired", "missing", "serviceurl mismatch"];

    [Theory]
    [MemberData(nameof(SpoiledTokens))]
    public async Task SpoiledTokenIsRefusedAndNothingReachesTheBot(string spoiled)
    {
        using var otherKey = RSA.Create(2048);
        var serviceUrl = _sink.ServiceUrl.ToString();
        var token = spoiled switch
        {
            "wrong signature" => _issuer.Token(AppId, serviceUrl, signingKey: otherKey),
            "wrong issuer" => _issuer.Token(AppId, serviceUrl, issuer: "https://attacker.example"),
            "wrong audience" => _issuer.Token("another-bot", serviceUrl),
            "expired" => _issuer.Token(AppId, serviceUrl, expires: DateTime.UtcNow.AddMinutes(-10)),
            "missing" => null,
            _ => _issuer.Token(AppId, "https://attacker.example/"),
        };

        var (status, _) = await PostAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        await Task.Delay(300);
        Assert.Empty(_sink.Received);
    }

    private async Task<(HttpStatusCode Status, Activity Activity)> PostAsync(string? token)
    {
        using var http = _bot.CreateLoopbackClient();
        var activity = new EmulatorClient(http, _sink.ServiceUrl) { ChannelId = "webchat" }.Message("パスワードを忘れました");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, activity);
    }

    private static ServiceClientCredentialsFactory FakeOutboundCredentials()
    {
        var credentials = new Mock<ServiceClientCredentialsFactory>();
        credentials.Setup(f => f.IsValidAppIdAsync(AppId, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        credentials.Setup(f => f.IsAuthenticationDisabledAsync(It.IsAny<CancellationToken>())).ReturnsAsync(false);
        credentials
            .Setup(f => f.CreateCredentialsAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MicrosoftAppCredentials.Empty);
        return credentials.Object;
    }
}
