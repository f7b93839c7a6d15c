using System.Net;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

public sealed class TokenSecurityTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
    private BotHost _host = null!;

    public Task InitializeAsync()
    {
        _host = DirectLineTestHost.Start(_time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TokenForOneConversationCannotReadOrPostToAnother()
    {
        var alice = DirectLineTestHost.Client(_host);
        var aliceConversation = (string)(await alice.StartAsync("dl_alice"))["conversationId"]!;
        var bob = DirectLineTestHost.Client(_host);
        await bob.StartAsync("dl_bob");

        var (readStatus, readBody) = await bob.PollAsync(aliceConversation);
        var (postStatus, _) = await bob.PostAsync(aliceConversation, DirectLineClient.Message("hi", "x", "dl_bob"));
        var (resumeStatus, _) = await bob.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{aliceConversation}");

        Assert.Equal(HttpStatusCode.Forbidden, readStatus);
        Assert.Equal(HttpStatusCode.Forbidden, postStatus);
        Assert.Equal(HttpStatusCode.Forbidden, resumeStatus);
        Assert.Equal("TokenConversationMismatch", (string?)readBody["error"]!["code"]);
    }

    [Fact]
    public async Task ExpiredTokenIsRefusedWith403AndCannotBeRefreshed()
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;

        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var (pollStatus, pollBody) = await client.PollAsync(conversationId);
        var (refreshStatus, _) = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh");

        Assert.Equal(HttpStatusCode.Forbidden, pollStatus);
        Assert.Equal("TokenExpired", (string?)pollBody["error"]!["code"]);
        Assert.Equal(HttpStatusCode.Forbidden, refreshStatus);
    }

    [Fact]
    public async Task RefreshedTokenOutlivesTheOldOneForTheSameConversation()
    {
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;
        var oldToken = client.Bearer;

        _time.Advance(TimeSpan.FromMinutes(45));
        var (status, refreshed) = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh");
        _time.Advance(TimeSpan.FromMinutes(30));
        client.Bearer = (string)refreshed["token"]!;
        var (newTokenStatus, _) = await client.PollAsync(conversationId);
        var (oldTokenStatus, _) = await DirectLineTestHost.Client(_host, oldToken).PollAsync(conversationId);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, (string?)refreshed["conversationId"]);
        Assert.Equal(HttpStatusCode.OK, newTokenStatus);
        Assert.Equal(HttpStatusCode.Forbidden, oldTokenStatus);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb252IjoiYSJ9.c2lnbmF0dXJl")]
    public async Task RequestWithoutTheSecretOrAValidTokenIsRefusedWith401AndAJsonError(string? bearer)
    {
        using var http = _host.CreateLoopbackClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v3/directline/conversations", UriKind.Relative));
        if (bearer is not null)
        {
            request.Headers.Authorization = new("Bearer", bearer);
        }

        using var response = await http.SendAsync(request);
        var body = Newtonsoft.Json.Linq.JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized", (string?)body["error"]!["code"]);
    }

    [Fact]
    public async Task TokenCannotGenerateTokensOnlyTheSecretCan()
    {
        var client = DirectLineTestHost.Client(_host);
        await client.StartAsync();

        var (status, _) = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task TokenBoundToAUserPostsAsThatUserWhateverFromSays()
    {
        using var http = _host.CreateLoopbackClient();
        using var page = await http.PostAsync(new Uri("api/webchat/token", UriKind.Relative), JsonContent("""{"userId":"dl_pageuser","locale":"en-US"}"""));
        var issued = Newtonsoft.Json.Linq.JObject.Parse(await page.Content.ReadAsStringAsync());
        var client = DirectLineTestHost.Client(_host, (string)issued["token"]!);
        var conversationId = (string)(await client.StartAsync("dl_someone_else"))["conversationId"]!;

        await client.PostAsync(conversationId, DirectLineClient.Message("hi", "c1", "dl_impostor"));
        var activities = await client.WaitForActivitiesAsync(conversationId, 3);

        Assert.Equal((string?)issued["conversationId"], conversationId);
        Assert.Equal("c1", (string?)activities[2]["channelData"]!["clientActivityID"]);
        Assert.Equal("dl_pageuser", (string?)activities[2]["from"]!["id"]);
        Assert.Equal(BotContent.English("welcome"), (string?)activities[0]["text"]); // greeted in the page's locale
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
