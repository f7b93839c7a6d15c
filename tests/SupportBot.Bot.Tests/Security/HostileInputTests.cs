using System.Net;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Security;

/// <summary>Malformed, oversized and unexpected requests at the real host on loopback.</summary>
public sealed class HostileInputTests : BotWithChannelTest
{
    public static TheoryData<string, string> Malformed => new()
    {
        { "{\"type\":\"message\",", "not a valid activity" },
        { "[1,2,3]", "not a JSON object" },
        { "{\"type\":\"message\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:1/\"}", "conversation.id" },
        { "{\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://127.0.0.1:1/\"}", "no type" },
        { "{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"file:///etc/passwd\"}", "serviceUrl" },
        { "{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":5,\"serviceUrl\":\"http://127.0.0.1:1/\"}", "conversation" },
        { new string('[', 200) + new string(']', 200), "not a valid activity" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task MalformedActivityIsRefusedWithAReason(string body, string reason)
    {
        using var response = await PostRawAsync(Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUtf8IsRefused()
    {
        var body = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(NewEmulator().Message("x")));
        body[body.Length - 5] = 0xC3;
        body[body.Length - 4] = 0x28;

        using var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BodyOverTheLimitIsRefusedWith413OnEveryEndpoint()
    {
        var huge = new byte[300 * 1024];
        Array.Fill(huge, (byte)' ');

        using var messages = await PostRawAsync(huge);
        using var http = Bot.CreateLoopbackClient();
        using var json = new ByteArrayContent(huge);
        json.Headers.ContentType = new("application/json");
        using var token = await http.PostAsync(new Uri("api/webchat/token", UriKind.Relative), json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, messages.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, token.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityTypeIsAcknowledgedAndIgnored()
    {
        var emulator = NewEmulator();
        var unknown = emulator.Message("hello");
        unknown.Type = "somethingNew";

        using var response = await emulator.PostAsync(unknown);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(Sink.Received);
    }

    [Fact]
    public async Task AbsurdlyLongTextIsAnsweredLikeAnyOtherMessage()
    {
        var emulator = NewEmulator();
        var text = "パスワードを忘れました " + string.Concat(Enumerable.Repeat("abc123 0120-999-373 a@b.jp 4111 1111 1111 1111 ", 2000));

        var sent = await emulator.SendAsync(emulator.Message(text[..Math.Min(text.Length, 100_000)]));

        var reply = Assert.Single(await Sink.WaitForAsync(1));
        Assert.Equal(sent.Id, reply.ReplyToId);
    }

    private EmulatorClient NewEmulator() => new(Bot.CreateLoopbackClient(), Sink.ServiceUrl);

    private async Task<HttpResponseMessage> PostRawAsync(byte[] body)
    {
        using var http = Bot.CreateLoopbackClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        return await http.PostAsync(new Uri("api/messages", UriKind.Relative), content);
    }
}
