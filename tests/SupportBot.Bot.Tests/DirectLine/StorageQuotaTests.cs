using System.Net;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>What one visitor of the public page can make the store keep (issue 15, finding 4).</summary>
public sealed class StorageQuotaTests
{
    private const int QuotaBytes = 64 * 1024;

    [Fact]
    public async Task ConversationFilledToItsQuotaRefusesTheNextPostWith413AndTheReason()
    {
        await using var host = DirectLineTestHost.Start(settings: new Dictionary<string, string?>
        {
            ["DirectLine:MaxBytesPerConversation"] = QuotaBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var client = DirectLineTestHost.Client(host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;

        var accepted = 0;
        (HttpStatusCode Status, JObject Body) refused = default;
        for (var i = 0; i < 20; i++)
        {
            var posted = await client.PostAsync(conversationId, Padded($"pad-{i}", 10_000));
            if (posted.Status != HttpStatusCode.OK)
            {
                refused = posted;
                break;
            }

            accepted++;
        }

        var (_, history) = await client.PollAsync(conversationId);
        var kept = history["activities"]!.Sum(a => System.Text.Encoding.UTF8.GetByteCount(a.ToString(Newtonsoft.Json.Formatting.None)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.Status);
        Assert.NotNull(refused.Body);
        Assert.Equal("ConversationQuotaExceeded", (string?)refused.Body["error"]!["code"]);
        Assert.Contains(QuotaBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)refused.Body["error"]!["message"], StringComparison.Ordinal);
        Assert.InRange(accepted, 3, 6);
        Assert.True(kept <= QuotaBytes, $"{kept} bytes kept");
    }

    [Fact]
    public async Task TokenUserCannotFillTheStoreThroughManyConversations()
    {
        await using var host = DirectLineTestHost.Start(settings: new Dictionary<string, string?>
        {
            ["DirectLine:MaxBytesPerTokenUser"] = QuotaBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        HttpStatusCode last = HttpStatusCode.OK;
        string? code = null;
        for (var conversation = 0; conversation < 10 && last == HttpStatusCode.OK; conversation++)
        {
            var client = DirectLineTestHost.Client(host, await PageTokenAsync(host, "dl_samevisitor"));
            var conversationId = (string)(await client.StartAsync())["conversationId"]!;
            for (var i = 0; i < 2 && last == HttpStatusCode.OK; i++)
            {
                var (status, body) = await client.PostAsync(conversationId, Padded($"c{conversation}-{i}", 10_000));
                (last, code) = (status, (string?)body["error"]?["code"]);
            }
        }

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, last);
        Assert.Equal("TokenQuotaExceeded", code);
    }

    [Fact]
    public async Task ClientOpeningMoreConversationsThanAllowedGets429()
    {
        await using var host = DirectLineTestHost.Start(settings: new Dictionary<string, string?>
        {
            ["DirectLine:MaxOpenConversationsPerClient"] = "3",
        });

        var statuses = new List<HttpStatusCode>();
        JObject last = [];
        for (var i = 0; i < 4; i++)
        {
            var client = DirectLineTestHost.Client(host, await PageTokenAsync(host, $"dl_visitor{i:D6}"));
            (var status, last) = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", "{}");
            statuses.Add(status);
        }

        var withSecret = await DirectLineTestHost.Client(host).SendAsync(HttpMethod.Post, "v3/directline/conversations", "{}");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("TooManyConversations", (string?)last["error"]!["code"]);
        Assert.Equal(HttpStatusCode.Created, withSecret.Status); // the secret's holder (Botium, tools) is not capped
    }

    private static object Padded(string clientActivityId, int padding) => new
    {
        type = "message",
        text = "hi",
        from = new { id = "dl_tester1", role = "user" },
        channelData = new { clientActivityID = clientActivityId, pad = new string('x', padding) },
    };

    private static async Task<string> PageTokenAsync(BotHost host, string userId)
    {
        using var http = host.CreateLoopbackClient();
        using var content = new StringContent(new JObject { ["userId"] = userId }.ToString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("api/webchat/token", UriKind.Relative), content);
        return (string)JObject.Parse(await response.Content.ReadAsStringAsync())["token"]!;
    }
}
