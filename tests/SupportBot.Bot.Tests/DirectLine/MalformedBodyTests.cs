using System.Net;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

public sealed class MalformedBodyTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public Task InitializeAsync()
    {
        _host = DirectLineTestHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{\"type\":\"message\",", "not valid JSON")]
    [InlineData("[{\"type\":\"message\"}]", "JSON object")]
    [InlineData("{\"text\":\"no type\"}", "\"type\"")]
    [InlineData("{\"type\":42}", "\"type\"")]
    [InlineData("{\"type\":\"message\",\"from\":\"not-an-account\"}", "Activity schema")]
    public async Task MalformedActivityIsRefusedWith400AndTheReason(string body, string reason)
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;

        var (status, error) = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", body);
        var (_, activities) = await client.PollAsync(conversationId);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BadArgument", (string?)error["error"]!["code"]);
        Assert.Contains(reason, (string?)error["error"]!["message"], StringComparison.Ordinal);
        Assert.Equal(["bot", "bot"], activities["activities"]!.Select(a => (string?)a["from"]!["role"])); // only the greeting: nothing was echoed
    }

    [Fact]
    public async Task OversizedActivityIsRefusedWith413()
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;

        var (status, error) = await client.PostAsync(conversationId, DirectLineClient.Message(new string('a', 300 * 1024), "big"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("larger than", (string?)error["error"]!["message"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task WatermarkThatIsNotOneThisServiceGaveIsRefusedWith400(string watermark)
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;

        var (status, _) = await client.PollAsync(conversationId, watermark);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task StartBodyOfTheWrongShapeIsRefusedWith400()
    {
        var client = DirectLineTestHost.Client(_host);

        var (status, error) = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", "{\"user\":\"nobody\"}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BadArgument", (string?)error["error"]!["code"]);
    }
}
