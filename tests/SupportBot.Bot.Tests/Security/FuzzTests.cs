using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// Thousands of random and mutated activities at the real host on loopback. No 5xx, except the
/// Bot Framework's documented 501 for an <c>invoke</c> the bot does not implement; the process keeps
/// serving; a conversation left at a prompt before the storm continues exactly as one without it.
/// Seed: <c>SUPPORTBOT_FUZZ_SEED</c> (default 7), printed in failures.
/// </summary>
public sealed class FuzzTests : IAsyncLifetime
{
    private const int Requests = 3000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    private BotHost _bot = null!;
    private ChannelSink _sink = null!;
    private ChannelSink _fuzzSink = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _fuzzSink = await ChannelSink.StartAsync();
        _bot = new BotHost(new Dictionary<string, string?>
        {
            ["RequestProtection:PermitsPerClient"] = "1000000",
            ["RequestProtection:PermitsPerConversation"] = "1000000",
            ["Serilog:MinimumLevel:Default"] = "Error",
        }).Start();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
        await _fuzzSink.DisposeAsync();
    }

    [Fact]
    public async Task BotSurvivesThousandsOfHostileActivitiesAndAPausedConversationContinues()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SUPPORTBOT_FUZZ_SEED"), out var s) ? s : 7;
        using var http = _bot.CreateLoopbackClient();
        var control = new EmulatorClient(http, _sink.ServiceUrl);
        var paused = new EmulatorClient(http, _sink.ServiceUrl);
        var controlFirst = await TurnAsync(control, "パスワードを忘れました");
        var pausedFirst = await TurnAsync(paused, "パスワードを忘れました");
        Assert.NotEmpty(controlFirst);
        Assert.Equal(controlFirst, pausedFirst);

        var (sent, failures, elapsed, statuses) = await FuzzAsync(http, seed);

        Assert.True(failures.IsEmpty, $"seed {seed}: {string.Join("\n", failures.Take(10))}");
        using var health = await http.GetAsync(new Uri("healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(await TurnAsync(control, "1"), await TurnAsync(paused, "1"));
        var fresh = new EmulatorClient(http, _sink.ServiceUrl);
        Assert.Equal(controlFirst, await TurnAsync(fresh, "パスワードを忘れました"));
        System.Console.WriteLine($"fuzz: seed {seed}, {sent} requests in {elapsed.TotalSeconds:F1} s, statuses {statuses}, {_fuzzSink.Received.Count} replies");
    }

    private async Task<(int Sent, ConcurrentQueue<string> Failures, TimeSpan Elapsed, string Statuses)> FuzzAsync(HttpClient http, int seed)
    {
        var fuzzer = new ActivityFuzzer(seed, _fuzzSink.ServiceUrl);
        var failures = new ConcurrentQueue<string>();
        var stopwatch = Stopwatch.StartNew();
        var index = 0;
        var gate = new object();
        var statuses = new ConcurrentDictionary<int, int>();

        async Task WorkerAsync()
        {
            while (stopwatch.Elapsed < Budget)
            {
                byte[] body;
                int current;
                lock (gate)
                {
                    if (index >= Requests)
                    {
                        return;
                    }

                    current = index++;
                    body = fuzzer.Next();
                }

                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await http.PostAsync(new Uri("api/messages", UriKind.Relative), content);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                var isInvoke = System.Text.Encoding.UTF8.GetString(body).Contains("\"type\":\"invoke\"", StringComparison.Ordinal);
                if ((int)response.StatusCode >= 500 && !(response.StatusCode == HttpStatusCode.NotImplemented && isInvoke))
                {
                    failures.Enqueue($"#{current} {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body[..Math.Min(body.Length, 300)])}");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(WorkerAsync)));
        return (index, failures, stopwatch.Elapsed, string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value}")));
    }

    private async Task<string> TurnAsync(EmulatorClient emulator, string text)
    {
        var sent = await emulator.SendAsync(emulator.Message(text));
        await Task.Delay(300);
        var replies = _sink.Received.Where(a => a.ReplyToId == sent.Id && a.Conversation.Id == emulator.ConversationId);
        return string.Join("\n---\n", replies.Select(Describe));
    }

    private static string Describe(Microsoft.Bot.Schema.Activity reply) =>
        reply.Text + string.Join("|", reply.SuggestedActions?.Actions?.Select(a => a.Title) ?? []) + reply.Attachments?.Count;
}
