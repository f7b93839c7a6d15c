using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Durability;

/// <summary>The real bot process, killed with SIGKILL mid-conversation and started again on the same SQLite file.</summary>
public sealed class CrashRecoveryTests : BotProcessTest
{
    [Fact]
    public async Task ConversationWaitingAtAPromptContinuesThereAfterTheBotIsKilledAndRestarted()
    {
        var settings = new Dictionary<string, string> { ["Storage__DataDirectory"] = DataDirectory };
        var conversationId = $"crash-{Guid.NewGuid():N}";

        await using (var first = await BotProcess.StartAsync(settings))
        {
            using var http = first.CreateClient();
            var emulator = new EmulatorClient(http, Sink.ServiceUrl, conversationId);
            await emulator.SendAsync(emulator.ConversationUpdate(emulator.User, emulator.Bot));
            var question = await emulator.SendAsync(emulator.Message("パスワードを忘れてしまいました"));
            Assert.Contains(RepliesTo(question), reply => reply.Text == "Amazon に登録しているメールアドレスはわかりますか？");

            await first.KillAsync();
        }

        await using var second = await BotProcess.StartAsync(settings);
        using var secondHttp = second.CreateClient();
        var resumed = new EmulatorClient(secondHttp, Sink.ServiceUrl, conversationId);
        var answer = await resumed.SendAsync(resumed.Message("はい"));

        var steps = Assert.Single(RepliesTo(answer), reply => reply.Text?.Contains("パスワードアシスタント", StringComparison.Ordinal) == true);
        Assert.All(Enumerable.Range(1, 6), step => Assert.Contains($"{step}. ", steps.Text, StringComparison.Ordinal));
    }

    // A post to /api/messages returns once its turn has sent every reply.
    private List<Activity> RepliesTo(Activity activity) =>
        [.. Sink.Received.Where(a => a.ReplyToId == activity.Id && a.Type == ActivityTypes.Message)];
}
