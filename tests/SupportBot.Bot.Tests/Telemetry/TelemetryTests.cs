using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Telemetry;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Telemetry;

/// <summary>
/// Metrics and traces an operator's Prometheus, Grafana or Azure Monitor reads, from conversations played through the
/// real <c>/api/messages</c>. The meter is process-wide, so counts are at least this test's (other tests' hosts may add).
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private ChannelSink _sink = null!;

    public async Task InitializeAsync() => _sink = await ChannelSink.StartAsync();

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    [Fact]
    public async Task WithNothingConfiguredThereIsNoMetricsEndpointAndNoMeterProvider()
    {
        await using var bot = new BotHost().Start();
        using var http = bot.CreateLoopbackClient();

        using var response = await http.GetAsync(new Uri("metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(bot.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task ThePrometheusEndpointShowsTurnsOutcomesHandoffsConfidenceAndStorageLatency()
    {
        await using var bot = new BotHost(new Dictionary<string, string?> { ["Telemetry:Prometheus:Enabled"] = "true" }).Start();
        var user = new EmulatorClient(bot.CreateLoopbackClient(), _sink.ServiceUrl);
        await Say(user, "知らない注文があって、パスワードも勝手に変えられていました");
        await Say(user, "はい、届きました");
        await bot.Services.GetRequiredService<ConversationFactsWriter>().FlushAsync(CancellationToken.None);

        using var http = bot.CreateLoopbackClient();
        var scrape = await http.GetStringAsync(new Uri("metrics", UriKind.Relative));

        Assert.Matches("""supportbot_turns_total\{[^}]*activity_type="message"[^}]*channel="emulator"[^}]*language="ja"[^}]*\} [1-9]""", scrape);
        Assert.Contains("supportbot_turn_duration_seconds_bucket{", scrape, StringComparison.Ordinal);
        Assert.Matches("""supportbot_outcomes_total\{[^}]*outcome="escalated"[^}]*\} [1-9]""", scrape);
        Assert.Matches("""supportbot_handoffs_total\{[^}]*reason="takeover"[^}]*\} [1-9]""", scrape);
        Assert.Matches("""supportbot_classifier_confidence_count\{[^}]*label="[a-z_]+"[^}]*\} [1-9]""", scrape);
        Assert.Matches("""supportbot_storage_duration_seconds_count\{[^}]*operation="read"[^}]*\} [1-9]""", scrape);
        Assert.Matches("""supportbot_storage_duration_seconds_count\{[^}]*operation="transaction"[^}]*\} [1-9]""", scrape);
        Assert.DoesNotContain("パスワード", scrape, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScrapeThatCameThroughAProxyIsRefusedUnlessRemoteScrapesAreAllowed()
    {
        await using var bot = new BotHost(new Dictionary<string, string?> { ["Telemetry:Prometheus:Enabled"] = "true" }).Start();
        using var http = bot.CreateLoopbackClient();
        using var proxied = new HttpRequestMessage(HttpMethod.Get, new Uri("metrics", UriKind.Relative));
        proxied.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var refused = await http.SendAsync(proxied);
        using var direct = await http.GetAsync(new Uri("metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
    }

    [Fact]
    public async Task EachTurnIsASpanWithChannelTypeLanguageAndAConversationHashButNothingTyped()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SupportBotTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var bot = new BotHost().Start();
        var user = new EmulatorClient(bot.CreateLoopbackClient(), _sink.ServiceUrl);
        await Say(user, "キャッシュを消したいです");

        var hash = SupportBotTelemetry.ConversationHash(user.ConversationId);
        var span = Assert.Single(spans, s => (string?)s.GetTagItem("supportbot.conversation.hash") == hash);
        Assert.Equal("bot turn", span.DisplayName);
        Assert.Equal("emulator", span.GetTagItem("supportbot.channel"));
        Assert.Equal("message", span.GetTagItem("supportbot.activity_type"));
        Assert.Equal("ja", span.GetTagItem("supportbot.language"));
        Assert.All(span.TagObjects, tag =>
        {
            Assert.DoesNotContain("キャッシュ", tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(user.ConversationId, tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(user.User.Id, tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal);
        });
    }

    private async Task Say(EmulatorClient user, string text)
    {
        await user.SendAsync(user.Message(text));
        await _sink.WaitForAsync(1, TimeSpan.FromSeconds(90));
    }
}
