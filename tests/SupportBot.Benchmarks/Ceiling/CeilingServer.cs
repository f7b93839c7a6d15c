using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SupportBot.Benchmarks.Ceiling;

/// <summary>
/// The protocol ceiling: a bare ASP.NET Core endpoint that does only what the protocol needs,
/// parse the activity and POST one reply to its serviceUrl with a shared HttpClient.
/// </summary>
internal static class CeilingServer
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        using var channel = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            using var activity = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var root = activity.RootElement;
            var serviceUrl = root.GetProperty("serviceUrl").GetString()!.TrimEnd('/');
            var conversationId = root.GetProperty("conversation").GetProperty("id").GetString()!;
            var activityId = root.GetProperty("id").GetString()!;
            using var reply = new MemoryStream();
            using (var json = new Utf8JsonWriter(reply))
            {
                json.WriteStartObject();
                json.WriteString("type", "message");
                json.WriteString("text", root.TryGetProperty("text", out var text) ? text.GetString() : "welcome");
                json.WriteString("replyToId", activityId);
                json.WritePropertyName("from");
                root.GetProperty("recipient").WriteTo(json);
                json.WritePropertyName("recipient");
                root.GetProperty("from").WriteTo(json);
                json.WritePropertyName("conversation");
                root.GetProperty("conversation").WriteTo(json);
                json.WriteEndObject();
            }

            using var content = new ByteArrayContent(reply.GetBuffer(), 0, (int)reply.Length);
            content.Headers.ContentType = Json;
            var url = new Uri($"{serviceUrl}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}");
            using var sent = await channel.PostAsync(url, content, context.RequestAborted);
            context.Response.StatusCode = sent.IsSuccessStatusCode ? StatusCodes.Status200OK : StatusCodes.Status502BadGateway;
        });
        await app.RunAsync();
    }
}
