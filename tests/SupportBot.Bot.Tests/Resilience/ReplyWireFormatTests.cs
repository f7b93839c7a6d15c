using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Channel;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Resilience;

/// <summary>The reply path must put on the wire what the Bot Framework's own client puts there: path, token, content type, JSON.</summary>
public sealed class ReplyWireFormatTests : IAsyncLifetime
{
    private ChannelSink _sink = null!;

    public async Task InitializeAsync() => _sink = await ChannelSink.StartAsync();

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    [Fact]
    public async Task ReplySentByTheChannelClientHasTheSdkClientsPathHeadersAndJson()
    {
        var credentials = new StubCredentials("token-123");
        using var sdk = new ConnectorClient(_sink.ServiceUrl, credentials);

        await sdk.Conversations.ReplyToActivityAsync(Reply(), CancellationToken.None);
        var expected = _sink.LastRequest!;

        using var pipelines = new ChannelPipelines(Options.Create(new ChannelResilienceOptions()), TimeProvider.System, NullLogger<ChannelPipelines>.Instance);
        using var http = new PlainHttpClients(new ChannelResilienceHandler(pipelines) { InnerHandler = new SocketsHttpHandler() });
        using var fast = new ChannelConnector(_sink.ServiceUrl, credentials, new ChannelReplyClient(http));
        await fast.Conversations.ReplyToActivityAsync(Reply(), CancellationToken.None);
        var actual = _sink.LastRequest!;

        Assert.Equal((expected.Method, expected.PathAndQuery), (actual.Method, actual.PathAndQuery));
        Assert.Equal("Bearer token-123", actual.Headers["Authorization"]);
        Assert.Equal(expected.Headers["Content-Type"], actual.Headers["Content-Type"]);
        Assert.True(JToken.DeepEquals(JObject.Parse(expected.Body), JObject.Parse(actual.Body)), $"{expected.Body}\n{actual.Body}");
    }

    [Fact]
    public async Task ReplyWithoutAnIdGetsOneBeforeItIsSent()
    {
        using var pipelines = new ChannelPipelines(Options.Create(new ChannelResilienceOptions()), TimeProvider.System, NullLogger<ChannelPipelines>.Instance);
        using var http = new PlainHttpClients(new ChannelResilienceHandler(pipelines) { InnerHandler = new SocketsHttpHandler() });
        using var fast = new ChannelConnector(_sink.ServiceUrl, MicrosoftAppCredentials.Empty, new ChannelReplyClient(http));
        var reply = Reply();
        reply.Id = null;

        await fast.Conversations.SendToConversationAsync(reply, CancellationToken.None);

        var sent = Assert.Single(_sink.Received);
        Assert.StartsWith(ReplyIdentity.Prefix, sent.Id, StringComparison.Ordinal);
        Assert.Equal(reply.Id, sent.Id);
    }

    /// <summary>A reply with every kind of member the bot sends: text, locale, suggested actions, a card, entities.</summary>
    private static Activity Reply() => new()
    {
        Type = ActivityTypes.Message,
        Id = "fixed-id",
        ReplyToId = "incoming/1",
        ChannelId = "emulator",
        ServiceUrl = "http://127.0.0.1/",
        Timestamp = new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(9)),
        From = new ChannelAccount("bot-1", "SupportBot", RoleTypes.Bot),
        Recipient = new ChannelAccount("user-1", "User", RoleTypes.User),
        Conversation = new ConversationAccount(id: "conv|with/odd chars?"),
        Locale = "ja-JP",
        Text = "パスワードをお忘れですか?",
        InputHint = InputHints.ExpectingInput,
        SuggestedActions = new SuggestedActions(actions: [new CardAction(ActionTypes.ImBack, "はい", value: "はい")]),
        Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", content: JObject.Parse("""{"type":"AdaptiveCard","version":"1.3","body":[{"type":"TextBlock","text":"0120"}]}"""))],
        Entities = [new Entity("clientInfo") { Properties = JObject.Parse("""{"locale":"ja-JP"}""") }],
        ChannelData = JObject.Parse("""{"clientActivityID":"abc"}"""),
    };

    private sealed class StubCredentials(string token) : Microsoft.Rest.ServiceClientCredentials
    {
        public override Task ProcessHttpRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return Task.CompletedTask;
        }
    }
}
