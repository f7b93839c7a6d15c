using System.Net;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Storage;

namespace SupportBot.Bot.Tests.Durability;

/// <summary>Two real bot processes behind one imaginary load balancer, sharing one PostgreSQL database.</summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private ChannelSink _sink = null!;
    private BotProcess? _a;
    private BotProcess? _b;

    private BotProcess A => _a!;

    private BotProcess B => _b!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        var connectionString = Environment.GetEnvironmentVariable(TestPostgres.Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return; // Each test asks TestPostgres, which skips or (under CI) fails with the reason.
        }

        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = connectionString,
            ["DirectLine__StreamPollInterval"] = "00:00:00.250",
        };
        var starting = new[] { BotProcess.StartAsync(settings), BotProcess.StartAsync(settings) };
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(s => s.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            await _sink.DisposeAsync();
            throw;
        }

        (_a, _b) = (starting[0].Result, starting[1].Result);
    }

    public async Task DisposeAsync()
    {
        foreach (var bot in new[] { _a, _b })
        {
            if (bot is not null)
            {
                await bot.DisposeAsync();
            }
        }

        await _sink.DisposeAsync();
    }

    [SkippableFact]
    public async Task TurnsOfOneConversationAlternatingBetweenInstancesFollowTheFlow()
    {
        TestPostgres.ConnectionString();
        using var httpA = A.CreateClient();
        using var httpB = B.CreateClient();
        var onA = new EmulatorClient(httpA, _sink.ServiceUrl);
        var onB = new EmulatorClient(httpB, _sink.ServiceUrl, onA.ConversationId);

        await onA.SendAsync(onA.ConversationUpdate(onA.User, onA.Bot));
        var problem = await onB.SendAsync(onB.Message("パスワードを忘れてしまいました"));
        var answer = await onA.SendAsync(onA.Message("はい"));

        Assert.Contains(RepliesTo(problem), reply => reply.Text == "Amazon に登録しているメールアドレスはわかりますか？");
        var steps = RepliesTo(answer);
        Assert.Contains(steps, reply => reply.Text?.Contains("パスワードアシスタント", StringComparison.Ordinal) == true);
        Assert.Contains(steps, reply => reply.Text == "ログインできましたか？");
    }

    [SkippableFact]
    public async Task SameActivityDeliveredToOneInstanceThenTheOtherIsAnsweredOnce()
    {
        TestPostgres.ConnectionString();
        using var httpA = A.CreateClient();
        using var httpB = B.CreateClient();
        var onA = new EmulatorClient(httpA, _sink.ServiceUrl);
        var onB = new EmulatorClient(httpB, _sink.ServiceUrl, onA.ConversationId);
        await onA.SendAsync(onA.ConversationUpdate(onA.User, onA.Bot));

        var message = await onA.SendAsync(onA.Message("パスワードを忘れてしまいました"));
        var answeredByA = RepliesTo(message).Count;
        using var redelivered = await onB.PostAsync(message);

        Assert.True(redelivered.IsSuccessStatusCode);
        Assert.True(answeredByA > 0);
        Assert.Equal(answeredByA, RepliesTo(message).Count);
    }

    [SkippableFact]
    public async Task DirectLineConversationStartedOnOneInstanceIsReadAndStreamedWholeFromTheOther()
    {
        TestPostgres.ConnectionString();
        using var httpA = A.CreateClient();
        using var httpB = B.CreateClient();
        var clientA = new DirectLineClient(httpA, BotProcess.DirectLineSecret);
        var clientB = new DirectLineClient(httpB, BotProcess.DirectLineSecret);
        var conversationId = (string)(await clientA.StartAsync())["conversationId"]!;
        clientB.Bearer = clientA.Bearer;
        await clientA.PostAsync(conversationId, DirectLineClient.Message("パスワードを忘れてしまいました", "scale-1"));
        var onA = await clientA.WaitForActivitiesAsync(conversationId, 3);

        var (status, fromB) = await clientB.PollAsync(conversationId);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Ids(onA), Ids(fromB["activities"]!.Cast<JObject>()));
        Assert.Equal(onA.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)fromB["watermark"]);

        var (resumed, resumedBody) = await clientB.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark={onA.Count}");
        Assert.Equal(HttpStatusCode.OK, resumed);
        await using var streamOnB = await DirectLineStreamClient.ConnectAsync((string)resumedBody["streamUrl"]!);
        await clientA.PostAsync(conversationId, DirectLineClient.Message("はい", "scale-2"));
        var (streamed, _) = await streamOnB.ReceiveActivitiesAsync(2);

        Assert.Equal("scale-2", (string?)streamed[0]["channelData"]!["clientActivityID"]);
        Assert.Equal("bot", (string?)streamed[1]["from"]!["role"]);
    }

    private static List<string> Ids(IEnumerable<JObject> activities) => [.. activities.Select(a => (string)a["id"]!)];

    private List<Activity> RepliesTo(Activity activity) =>
        [.. _sink.Received.Where(a => a.ReplyToId == activity.Id && a.Type == ActivityTypes.Message)];
}
