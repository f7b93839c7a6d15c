using System.Globalization;
using System.Net.WebSockets;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Channel;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// Serves a conversation's <c>streamUrl</c> WebSocket as the Azure service does: everything after
/// the watermark at once, then each new batch as <c>{activities, watermark}</c>, and an empty text
/// message when idle so proxies keep the connection (DirectLineJS skips empty messages). Activities
/// appended by another instance sharing the store arrive within <see cref="DirectLineOptions.StreamPollInterval"/>.
/// </summary>
internal sealed class DirectLineStreamer(
    IDirectLineConversationStore store,
    DirectLineActivitySignal signal,
    IOptions<DirectLineOptions> options,
    TimeProvider time)
{
    private const int PageSize = 500;

    public async Task StreamAsync(WebSocket socket, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var clientClosed = WaitForCloseAsync(socket, stop.Token);
        try
        {
            var keepAliveDue = time.GetUtcNow() + options.Value.StreamKeepAliveInterval;
            while (socket.State == WebSocketState.Open && !clientClosed.IsCompleted)
            {
                var appended = signal.NextAppendAsync(conversationId);
                var page = await store.ReadAsync(conversationId, watermark, PageSize, stop.Token);
                if (page.Activities.Count > 0)
                {
                    var set = new DirectLineActivitySet(page.Activities, page.Watermark.ToString(CultureInfo.InvariantCulture));
                    await socket.SendAsync(ChannelJson.SerializeToUtf8(set), WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                    watermark = page.Watermark;
                    keepAliveDue = time.GetUtcNow() + options.Value.StreamKeepAliveInterval;
                    continue;
                }

                var now = time.GetUtcNow();
                if (now >= keepAliveDue)
                {
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                    keepAliveDue = now + options.Value.StreamKeepAliveInterval;
                    continue;
                }

                // This instance's appends wake the stream at once; another instance's are found by the next look.
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                var nextLook = Task.Delay(Min(options.Value.StreamPollInterval, keepAliveDue - now), time, idle.Token);
                await Task.WhenAny(appended, nextLook, clientClosed);
                await idle.CancelAsync();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The client went away or the host is stopping: nothing left to tell anyone.
        }
        finally
        {
            await stop.CancelAsync();
            await CloseAsync(socket);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>Reads (and ignores, as the Azure service does) what the client sends, until it closes.</summary>
    private static async Task WaitForCloseAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // Closed or stopping: either way the stream is over.
        }
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // Best effort: the peer may already be gone.
        }
    }
}
