using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>
/// A stand-in channel (as the Emulator is): a Kestrel server on loopback that receives the
/// bot's replies on the Bot Framework connector routes and lets a test wait for them.
/// </summary>
public sealed class ChannelSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Activity> _received = new();
    private readonly ConcurrentQueue<Activity> _pending = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _nextId;

    private ChannelSink(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Status code to answer with (for simulating a failing channel).</summary>
    public Func<Activity, int> Responder { get; set; } = _ => StatusCodes.Status200OK;

    public IReadOnlyCollection<Activity> Received => _received.ToArray();

    public static async Task<ChannelSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new ChannelSink(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", sink.ReceiveAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", sink.ReceiveAsync);
        await app.StartAsync();
        sink.ServiceUrl = new Uri(app.Urls.First() + "/");
        return sink;
    }

    /// <summary>Waits until <paramref name="count"/> more activities have arrived and returns them.</summary>
    public async Task<IReadOnlyList<Activity>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var taken = new List<Activity>();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (taken.Count < count)
        {
            await _arrived.WaitAsync(cts.Token);
            if (_pending.TryDequeue(out var activity))
            {
                taken.Add(activity);
            }
        }

        return taken;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync())!;
        var status = Responder(activity);
        if (status >= 300)
        {
            return Results.StatusCode(status);
        }

        _received.Enqueue(activity);
        _pending.Enqueue(activity);
        _arrived.Release();
        return Results.Json(new { id = $"sink-{Interlocked.Increment(ref _nextId)}" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
