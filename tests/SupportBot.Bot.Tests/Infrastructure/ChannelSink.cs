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
    private readonly ConcurrentQueue<RawRequest> _requests = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly ConcurrentDictionary<string, byte> _takenIds = new();
    private int _nextId;
    private int _duplicatesIgnored;

    private ChannelSink(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Status code to answer with (for simulating a failing channel).</summary>
    public Func<Activity, int> Responder { get; set; } = _ => StatusCodes.Status200OK;

    /// <summary>
    /// Runs before <see cref="Responder"/> for a fuller misbehaving channel: a result answers the
    /// request instead of taking the activity; null lets it through.
    /// </summary>
    public Func<Activity, HttpContext, Task<IResult?>>? Interceptor { get; set; }

    /// <summary>
    /// Keep one copy of an activity whose id was already taken (and still acknowledge it), as a
    /// channel that deduplicates by activity id does.
    /// </summary>
    public bool DeduplicateById { get; set; }

    /// <summary>Requests that carried an already-taken id.</summary>
    public int DuplicatesIgnored => _duplicatesIgnored;

    /// <summary>The raw form of the last request taken: path, headers and body as sent.</summary>
    public RawRequest? LastRequest { get; private set; }

    public IReadOnlyCollection<Activity> Received => _received.ToArray();

    /// <summary>Every request taken, raw, in the order it arrived.</summary>
    public IReadOnlyCollection<RawRequest> Requests => _requests.ToArray();

    /// <summary>Takes the activity as received (for a channel that processes a request and then hangs).</summary>
    public void Take(Activity activity)
    {
        if (DeduplicateById && activity.Id is { } id && !_takenIds.TryAdd(id, 0))
        {
            Interlocked.Increment(ref _duplicatesIgnored);
            return;
        }

        _received.Enqueue(activity);
        _pending.Enqueue(activity);
        _arrived.Release();
    }

    public static async Task<ChannelSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new ChannelSink(app);
        app.MapMethods("/v3/conversations/{conversationId}/activities/{activityId}", ["POST", "PUT"], (Func<HttpContext, Task<IResult>>)sink.ReceiveAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", (Func<HttpContext, Task<IResult>>)sink.ReceiveAsync);
        await app.StartAsync();
        sink.ServiceUrl = new Uri(app.Urls.First() + "/");
        return sink;
    }

    /// <summary>Waits until <paramref name="count"/> more activities have arrived and returns them.</summary>
    public async Task<IReadOnlyList<Activity>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var taken = new List<Activity>();
        using var cts = new CancellationTokenSource(timeout ?? TestPatience.ForAReply);
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

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var activity = JsonConvert.DeserializeObject<Activity>(body)!;
        if (Interceptor is not null && await Interceptor(activity, context) is { } intercepted)
        {
            return intercepted;
        }

        var status = Responder(activity);
        if (status >= 300)
        {
            return Results.StatusCode(status);
        }

        LastRequest = new RawRequest(
            request.Method,
            request.Path + request.QueryString,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        _requests.Enqueue(LastRequest);
        Take(activity);
        return Results.Json(new { id = $"sink-{Interlocked.Increment(ref _nextId)}" });
    }

    public sealed record RawRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
