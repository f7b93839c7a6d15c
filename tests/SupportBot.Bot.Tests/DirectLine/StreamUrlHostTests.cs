using System.Net;
using System.Net.Http.Headers;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>The streamUrl carries the token, so it never names a host a client made up (issue 15, finding 10).</summary>
public sealed class StreamUrlHostTests
{
    [Fact]
    public async Task ForgedHostHeaderIsRefusedNotReflectedIntoTheStreamUrl()
    {
        await using var host = DirectLineTestHost.Start(settings: new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });

        var (status, body) = await StartAsync(host, "attacker.example");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.DoesNotContain("attacker.example", body.ToString(), StringComparison.Ordinal);
        Assert.Null(body["token"]);
    }

    [Fact]
    public async Task StreamUrlIsBuiltFromTheConfiguredPublicUrlWhateverTheHostHeaderSays()
    {
        await using var host = DirectLineTestHost.Start(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["DirectLine:PublicUrl"] = "https://support.example.com/chat/",
        });

        var (status, body) = await StartAsync(host, "attacker.example");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.StartsWith("wss://support.example.com/chat/v3/directline/conversations/", (string?)body["streamUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoopbackHostIsTrustedForTheStreamUrl()
    {
        await using var host = DirectLineTestHost.Start(settings: new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });

        var (status, body) = await StartAsync(host, null);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.StartsWith($"ws://{host.BaseAddress.Authority}/v3/directline/conversations/", (string?)body["streamUrl"], StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JObject Body)> StartAsync(BotHost host, string? hostHeader)
    {
        using var http = host.CreateLoopbackClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v3/directline/conversations", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DirectLineTestHost.Secret);
        if (hostHeader is not null)
        {
            request.Headers.Host = hostHeader;
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }
}
