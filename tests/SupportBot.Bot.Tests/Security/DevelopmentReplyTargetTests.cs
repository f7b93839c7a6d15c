using System.Net;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// Issue 15, finding 9: without <c>MicrosoftAppId</c> the bot replies only to a loopback
/// <c>serviceUrl</c> over http(s) without credentials; anything else is a 400 before a turn runs.
/// </summary>
public sealed class DevelopmentReplyTargetTests : IAsyncLifetime
{
    private ChannelSink _sink = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _bot = new BotHost().Start();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    public static TheoryData<string> ForeignTargets => ["credentials", "link-local", "metadata host", "look-alike host", "private network"];

    [Theory]
    [MemberData(nameof(ForeignTargets))]
    public async Task ActivityAskingForRepliesOutsideThisMachineIsRefusedWith400(string target)
    {
        var sink = _sink.ServiceUrl;
        var serviceUrl = target switch
        {
            "credentials" => new Uri($"http://user:pass@{sink.Authority}/"),
            "link-local" => new Uri($"http://169.254.10.10:{sink.Port}/"),
            "metadata host" => new Uri("http://169.254.169.254/"),
            "look-alike host" => new Uri($"http://localhost.example:{sink.Port}/"),
            _ => new Uri($"http://10.0.0.1:{sink.Port}/"),
        };
        using var http = _bot.CreateLoopbackClient();
        var emulator = new EmulatorClient(http, serviceUrl);

        using var response = await emulator.PostAsync(emulator.Message("hello"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Empty(_sink.Received);
    }

    [Fact]
    public async Task LocalhostServiceUrlIsStillAnswered()
    {
        using var http = _bot.CreateLoopbackClient();
        var emulator = new EmulatorClient(http, new Uri($"http://localhost:{_sink.ServiceUrl.Port}/"));

        await emulator.SendAsync(emulator.Message("hello"));

        Assert.NotEmpty(await _sink.WaitForAsync(1));
    }
}
