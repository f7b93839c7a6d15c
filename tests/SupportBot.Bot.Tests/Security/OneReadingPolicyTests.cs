using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Security;
using SupportBot.Bot.Tests.DirectLine;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// <c>/api/messages</c> and the embedded Direct Line read a body the same way, once, at the edge:
/// the same limits and reasons, and the Activity read there is the one the turn runs on.
/// </summary>
public sealed class OneReadingPolicyTests : IAsyncLifetime
{
    private const string Secret = "hunter2-秘密";

    private readonly TurnRecorder _turns = new();
    private ChannelSink _sink = null!;
    private BotHost _host = null!;

    // Each would make Newtonsoft's own message quote the value: what the user typed.
    public static TheoryData<string> BodiesQuotingUserText => new()
    {
        $$"""{"type":"message","text":"x","from":"{{Secret}}"}""",
        $$"""{"type":"message","text":"x","timestamp":"{{Secret}}"}""",
        $$"""{"type":"message","text":"x","attachments":"{{Secret}}"}""",
        $$"""{"type":"message","text":"{{Secret}}" "{{Secret}}"}""",
    };

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _host = DirectLineTestHost.Start(configureServices: services => services.AddSingleton<IMiddleware>(_turns));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(BodiesQuotingUserText))]
    public async Task MalformedBodyIsRefusedWith400AndAReasonThatNeverQuotesTheUsersText(string body)
    {
        using var messages = await PostToMessagesAsync(Encoding.UTF8.GetBytes(body));
        var messagesReason = (string?)JObject.Parse(await messages.Content.ReadAsStringAsync())["detail"];
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;
        var (directLineStatus, error) = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", body);
        var directLineReason = (string?)error["error"]!["message"];

        Assert.Equal(HttpStatusCode.BadRequest, messages.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, directLineStatus);
        Assert.StartsWith("The body is not a valid activity", messagesReason, StringComparison.Ordinal);
        Assert.Equal(messagesReason, directLineReason);
        Assert.DoesNotContain("hunter2", messagesReason, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", directLineReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedBodyIsRefusedWith413OnBothEndpoints()
    {
        var huge = Encoding.UTF8.GetBytes(JObject.FromObject(new { type = "message", text = new string('a', 300 * 1024) }).ToString());

        using var messages = await PostToMessagesAsync(huge);
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;
        var (directLineStatus, error) = await client.SendAsync(
            HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", Encoding.UTF8.GetString(huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, messages.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, directLineStatus);
        Assert.Equal("MessageSizeTooBig", (string?)error["error"]!["code"]);
    }

    [Fact]
    public async Task TheActivityReadAtTheEdgeIsTheOneTheTurnRunsOn()
    {
        var parsed = new ConcurrentQueue<object>();
        _host.Services.GetRequiredService<JsonBodyReader>().Parsed += parsed.Enqueue;
        var emulator = new EmulatorClient(_host.CreateLoopbackClient(), _sink.ServiceUrl);
        var client = DirectLineTestHost.Client(_host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;

        using var messages = await emulator.PostAsync(emulator.Message("パスワードを忘れました"));
        var (directLineStatus, _) = await client.PostAsync(conversationId, DirectLineClient.Message("パスワードを忘れました", "c1"));

        Assert.Equal(HttpStatusCode.OK, messages.StatusCode);
        Assert.Equal(HttpStatusCode.OK, directLineStatus);
        var read = parsed.OfType<Activity>().ToList();
        var turns = _turns.Activities.Where(a => a.Type == ActivityTypes.Message).ToList();
        Assert.Equal(2, read.Count); // one parse per posted activity
        Assert.Equal(2, turns.Count);
        Assert.All(turns, turn => Assert.Contains(read, edge => ReferenceEquals(edge, turn))); // not parsed again on the way
    }

    private async Task<HttpResponseMessage> PostToMessagesAsync(byte[] body)
    {
        using var http = _host.CreateLoopbackClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        return await http.PostAsync(new Uri("api/messages", UriKind.Relative), content);
    }

    /// <summary>Bot middleware that notes the Activity object each turn runs on.</summary>
    private sealed class TurnRecorder : IMiddleware
    {
        public ConcurrentQueue<Activity> Activities { get; } = new();

        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            Activities.Enqueue(turnContext.Activity);
            return next(cancellationToken);
        }
    }
}
