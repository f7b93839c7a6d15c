using System.Net.Http.Headers;
using System.Text.Json;

namespace SupportBot.Benchmarks.Load;

/// <summary>
/// A bot's <c>/api/messages</c>, posted to as the Emulator does (no auth), with replies arriving
/// at the <see cref="ReplySink"/>. A turn is over when the POST returns (the adapters answer after
/// sending) and at least one reply has arrived.
/// </summary>
internal sealed class MessagesTarget(HttpClient http, Uri botUrl, ReplySink sink) : ITarget
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json");
    private readonly Uri _messages = new(botUrl, "api/messages");

    public Task<object> StartConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<object>(new Conversation(conversationId));

    public async Task<bool> TurnAsync(object conversation, ScriptedTurn turn, CancellationToken cancellationToken)
    {
        var c = (Conversation)conversation;
        var before = sink.RepliesIn(c.Id);
        using var content = new ByteArrayContent(Activity(c, turn));
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(_messages, content, cancellationToken);
        var ok = response.IsSuccessStatusCode && sink.RepliesIn(c.Id) > before;
        if (turn.Text == Script.Resolved[^1].Text || turn.Text == Script.Handoff[^1].Text)
        {
            sink.Forget(c.Id);
        }

        return ok;
    }

    private byte[] Activity(Conversation c, ScriptedTurn turn)
    {
        using var buffer = new MemoryStream(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", turn.IsJoin ? "conversationUpdate" : "message");
            json.WriteString("id", $"{c.Id}-{++c.Turns}");
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("channelId", "emulator");
            json.WriteString("serviceUrl", sink.ServiceUrl.ToString());
            json.WriteString("locale", "ja-JP");
            WriteAccount(json, "from", "user-" + c.Id, "User", "user");
            WriteAccount(json, "recipient", "bot", "Bot", "bot");
            json.WriteStartObject("conversation");
            json.WriteString("id", c.Id);
            json.WriteEndObject();
            if (turn.IsJoin)
            {
                json.WriteStartArray("membersAdded");
                json.WriteStartObject();
                json.WriteString("id", "user-" + c.Id);
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("id", "bot");
                json.WriteEndObject();
                json.WriteEndArray();
            }
            else
            {
                json.WriteString("text", turn.Text);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteAccount(Utf8JsonWriter json, string name, string id, string displayName, string role)
    {
        json.WriteStartObject(name);
        json.WriteString("id", id);
        json.WriteString("name", displayName);
        json.WriteString("role", role);
        json.WriteEndObject();
    }

    private sealed class Conversation(string id)
    {
        public string Id { get; } = id;

        public int Turns { get; set; }
    }
}
