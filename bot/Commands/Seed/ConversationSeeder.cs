using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Adapter;
using SupportBot.Bot.Analytics;

namespace SupportBot.Bot.Commands.Seed;

/// <summary>
/// Plays synthetic conversations through the real adapter, middleware, dialogs and facts writer, in process (as the
/// embedded Direct Line does: replies returned, nothing sent), several at a time, each at its own moment of
/// <see cref="SeedClock"/>. The writer is flushed after every block, so a fast seed waits for the database rather than
/// overflowing the writer's queue.
/// </summary>
internal sealed class ConversationSeeder(SupportBotAdapter adapter, IBot bot, SeedClock clock, ConversationFactsWriter writer)
{
    private const int FlushEvery = 500;

    private static readonly Uri ServiceUrl = new("http://127.0.0.1/seed/");

    private static readonly ChannelAccount Bot = new("seed-bot", "SupportBot");

    /// <summary>Plays <paramref name="count"/> conversations drawn from <paramref name="conversations"/>; returns the turns played.</summary>
    public async Task<int> PlayAsync(SyntheticConversations conversations, int count, int parallelism, CancellationToken cancellationToken)
    {
        var turns = 0;
        for (var block = 0; block < count; block += FlushEvery)
        {
            var plans = Enumerable.Range(block, Math.Min(FlushEvery, count - block)).Select(conversations.Next).ToList();
            await Parallel.ForEachAsync(
                plans,
                new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
                async (plan, ct) => Interlocked.Add(ref turns, await PlayAsync(plan, ct)));
            await writer.FlushAsync(cancellationToken);
        }

        return turns;
    }

    private async Task<int> PlayAsync(SyntheticConversation plan, CancellationToken cancellationToken)
    {
        var user = new ChannelAccount(plan.UserId, "User");
        clock.Set(plan.Start);
        await TurnAsync(plan, ActivityTypes.ConversationUpdate, plan.Start, a => a.MembersAdded = [user, Bot], cancellationToken);
        foreach (var message in plan.Messages)
        {
            clock.Set(message.At);
            await TurnAsync(plan, ActivityTypes.Message, message.At, a => a.Text = message.Text, cancellationToken);
        }

        return plan.Messages.Count;
    }

    private async Task TurnAsync(SyntheticConversation plan, string type, DateTimeOffset at, Action<Activity> fill, CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = plan.ChannelId,
            ServiceUrl = ServiceUrl.ToString(),
            From = new ChannelAccount(plan.UserId, "User"),
            Recipient = Bot,
            Conversation = new ConversationAccount(id: plan.ConversationId),
            Locale = plan.Language == "en" ? "en-US" : "ja-JP",
            Timestamp = at,
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        fill(activity);
        await adapter.ProcessInProcessChannelActivityAsync(null, activity, bot.OnTurnAsync, cancellationToken);
    }
}
