using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.DirectLine;

public sealed class WebChatTokenTests
{
    [Fact]
    public async Task PageTokenOpensTheEmbeddedDirectLineWithoutTheSecretEverLeavingTheServer()
    {
        await using var host = DirectLineTestHost.Start();
        using var http = host.CreateLoopbackClient();

        var issued = await IssueAsync(http, """{"locale":"ja-JP"}""");
        var client = DirectLineTestHost.Client(host, (string)issued["token"]!);
        var (status, _) = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Null((string?)issued["domain"]);
        Assert.StartsWith("dl_", (string?)issued["userId"], StringComparison.Ordinal);
        Assert.DoesNotContain(DirectLineTestHost.Secret, issued.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAnAzureDirectLineSecretThePageTokenIsExchangedServerSideAtThatService()
    {
        // The "Azure" Direct Line here is a second SupportBot's embedded channel, which speaks the same protocol.
        await using var azure = DirectLineTestHost.Start(settings: new Dictionary<string, string?> { ["DirectLine:Secret"] = "azure-secret" });
        var endpoint = new Uri(azure.BaseAddress, "v3/directline");
        await using var host = DirectLineTestHost.Start(settings: new Dictionary<string, string?>
        {
            ["WebChat:DirectLineSecret"] = "azure-secret",
            ["WebChat:DirectLineEndpoint"] = endpoint.ToString(),
        });
        using var http = host.CreateLoopbackClient();

        var issued = await IssueAsync(http, """{"userId":"dl_returning_user"}""");
        var atAzure = DirectLineTestHost.Client(azure, (string)issued["token"]!);
        var (status, started) = await atAzure.SendAsync(HttpMethod.Post, "v3/directline/conversations");

        Assert.Equal(endpoint.ToString(), (string?)issued["domain"]);
        Assert.Equal("dl_returning_user", (string?)issued["userId"]);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal((string?)issued["conversationId"], (string?)started["conversationId"]);
        Assert.DoesNotContain("azure-secret", issued.ToString(), StringComparison.Ordinal);
    }

    private static async Task<JObject> IssueAsync(HttpClient http, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("api/webchat/token", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }
}
