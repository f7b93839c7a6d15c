using System.Collections.Concurrent;
using System.Net;

namespace SupportBot.Benchmarks.Load;

/// <summary>
/// The load generator's channel: Kestrel on loopback receiving the bots' replies on the connector
/// routes, counting them per conversation, answering as a channel does.
/// </summary>
internal sealed class ReplySink : IAsyncDisposable
{
    private static readonly byte[] Accepted = """{"id":"sink"}"""u8.ToArray();
    private readonly ConcurrentDictionary<string, StrongBoxInt> _replies = new(StringComparer.Ordinal);
    private long _total;
    private WebApplication? _app;

    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1/");

    public static async Task<ReplySink> StartAsync()
    {
        var sink = new ReplySink();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", sink.ReceiveAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", sink.ReceiveAsync);
        await app.StartAsync();
        sink._app = app;
        sink.ServiceUrl = new Uri(app.Urls.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return sink;
    }

    /// <summary>Replies received so far in the conversation.</summary>
    public int RepliesIn(string conversationId) =>
        _replies.TryGetValue(conversationId, out var box) ? Volatile.Read(ref box.Value) : 0;

    /// <summary>Replies received since the sink started, in every conversation.</summary>
    public long TotalReplies => Interlocked.Read(ref _total);

    public void Forget(string conversationId) => _replies.TryRemove(conversationId, out _);

    private async Task ReceiveAsync(HttpContext context)
    {
        // Read the body as a channel must, without parsing it: the sink should cost little.
        var body = context.Request.Body;
        var buffer = new byte[4096];
        while (await body.ReadAsync(buffer) > 0)
        {
        }

        var conversationId = Uri.UnescapeDataString((string)context.Request.RouteValues["conversationId"]!);
        Interlocked.Increment(ref _replies.GetOrAdd(conversationId, _ => new StrongBoxInt()).Value);
        Interlocked.Increment(ref _total);
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(Accepted);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private sealed class StrongBoxInt
    {
        public int Value;
    }
}
