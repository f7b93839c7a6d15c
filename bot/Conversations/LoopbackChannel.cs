using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SupportBot.Bot.Conversations;

/// <summary>
/// A channel as the Bot Framework Emulator is one: posts activities to a bot's <c>/api/messages</c> over
/// loopback HTTP and takes the bot's replies on its own small Kestrel server (the <c>serviceUrl</c>).
/// Because the bot sends a turn's replies before it answers the post, a turn's replies are all here
/// when <see cref="SendAsync"/> returns.
/// </summary>
internal sealed class LoopbackChannel : IAsyncDisposable
{
    private readonly WebApplication _sink;
    private readonly HttpClient _bot;
    private readonly ConcurrentQueue<Activity> _received = new();

    private LoopbackChannel(WebApplication sink, HttpClient bot)
    {
        _sink = sink;
        _bot = bot;
    }

    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts the reply server on a free loopback port; activities go to <paramref name="botBaseAddress"/>.</summary>
    public static async Task<LoopbackChannel> StartAsync(Uri botBaseAddress)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var sink = builder.Build();
        var channel = new LoopbackChannel(sink, new HttpClient { BaseAddress = botBaseAddress });
        sink.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", channel.TakeAsync);
        await sink.StartAsync();
        var address = sink.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        channel.ServiceUrl = new Uri(address + "/");
        return channel;
    }

    /// <summary>Posts <paramref name="activity"/> to the bot and returns the bot's replies to it.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _bot.PostAsync(new Uri("api/messages", UriKind.Relative), content, cancellationToken);
        response.EnsureSuccessStatusCode();
        return [.. _received.Where(reply => reply.ReplyToId == activity.Id)];
    }

    public async ValueTask DisposeAsync()
    {
        _bot.Dispose();
        await _sink.DisposeAsync();
    }

    private async Task<IResult> TakeAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync());
        if (activity is null)
        {
            return Results.BadRequest();
        }

        _received.Enqueue(activity);
        return Results.Ok(new ResourceResponse(Guid.NewGuid().ToString("N")));
    }
}
