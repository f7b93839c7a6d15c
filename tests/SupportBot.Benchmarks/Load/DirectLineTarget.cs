using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace SupportBot.Benchmarks.Load;

/// <summary>
/// The bot's embedded Direct Line, driven as Web Chat drives it without a WebSocket: start a
/// conversation with the secret, then post each message with the conversation's token and poll
/// from the watermark until the bot's replies to it are there.
/// </summary>
internal sealed class DirectLineTarget(HttpClient http, Uri botUrl, string secret) : ITarget
{
    public async Task<object> StartConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var user = "dl_" + conversationId;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(botUrl, "v3/directline/conversations"))
        {
            Content = JsonContent.Create(new JsonObject { ["user"] = new JsonObject { ["id"] = user } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var started = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
        return new Conversation((string)started["conversationId"]!, (string)started["token"]!, user);
    }

    public async Task<bool> TurnAsync(object conversation, ScriptedTurn turn, CancellationToken cancellationToken)
    {
        var c = (Conversation)conversation;
        if (!turn.IsJoin)
        {
            using var post = Request(HttpMethod.Post, c, "activities");
            post.Content = JsonContent.Create(new JsonObject
            {
                ["type"] = "message",
                ["text"] = turn.Text,
                ["locale"] = "ja-JP",
                ["from"] = new JsonObject { ["id"] = c.User, ["role"] = "user" },
            });
            using var posted = await http.SendAsync(post, cancellationToken);
            if (!posted.IsSuccessStatusCode)
            {
                return false;
            }
        }

        // The join turn's welcome comes from starting the conversation; every turn ends when the
        // bot has said something after the user's last activity.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            using var poll = Request(HttpMethod.Get, c, $"activities?watermark={c.Watermark}");
            using var polled = await http.SendAsync(poll, cancellationToken);
            var set = (await polled.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
            c.Watermark = (string?)set["watermark"] ?? c.Watermark;
            if (set["activities"]!.AsArray().Any(a => (string?)a!["from"]?["id"] != c.User))
            {
                return true;
            }

            await Task.Delay(1, cancellationToken);
        }

        return false;
    }

    private HttpRequestMessage Request(HttpMethod method, Conversation c, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(botUrl, $"v3/directline/conversations/{c.Id}/{path}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", c.Token);
        return request;
    }

    private sealed class Conversation(string id, string token, string user)
    {
        public string Id { get; } = id;

        public string Token { get; } = token;

        public string User { get; } = user;

        public string Watermark { get; set; } = string.Empty;
    }
}
