using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>A conversation's <c>streamUrl</c> opened with <see cref="ClientWebSocket"/>, as the browser opens it.</summary>
public sealed class DirectLineStreamClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public static async Task<DirectLineStreamClient> ConnectAsync(string streamUrl)
    {
        var client = new DirectLineStreamClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client._socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        return client;
    }

    /// <summary>The next message as text ("" for a keep-alive).</summary>
    public async Task<string> ReceiveTextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TestPatience.ForAReply);
        using var message = new MemoryStream();
        var buffer = new byte[4096];
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(buffer, cts.Token);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return Encoding.UTF8.GetString(message.ToArray());
    }

    /// <summary>The next <c>{activities, watermark}</c> message, skipping keep-alives.</summary>
    public async Task<JObject> ReceiveActivitySetAsync()
    {
        while (true)
        {
            var text = await ReceiveTextAsync();
            if (text.Length > 0)
            {
                return JObject.Parse(text);
            }
        }
    }

    /// <summary>Receives activity sets until <paramref name="count"/> activities have arrived.</summary>
    public async Task<(IReadOnlyList<JObject> Activities, string Watermark)> ReceiveActivitiesAsync(int count)
    {
        var activities = new List<JObject>();
        var watermark = string.Empty;
        while (activities.Count < count)
        {
            var set = await ReceiveActivitySetAsync();
            activities.AddRange(set["activities"]!.Cast<JObject>());
            watermark = (string)set["watermark"]!;
        }

        return (activities, watermark);
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }

        _socket.Dispose();
    }
}
