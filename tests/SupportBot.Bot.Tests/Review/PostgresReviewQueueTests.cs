using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Analytics.Queries;
using SupportBot.Bot.Analytics.Review;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Storage;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Bot.Tests.Review;

/// <summary>The review queue on PostgreSQL (same SQL as SQLite): grouped, labelled, refused, exported. The database is shared, so only this test's items are looked at.</summary>
public sealed class PostgresReviewQueueTests
{
    [SkippableFact]
    public async Task OnPostgresParaphrasesAreGroupedLabelledAndExported()
    {
        var connectionString = TestPostgres.ConnectionString();
        await using var sink = await ChannelSink.StartAsync();
        await using var bot = new BotHost(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
        }).Start();
        var conversations = new List<string>();
        foreach (var text in new[] { "アカウントがおかしい", "アカウントがおかしいです" })
        {
            var user = new EmulatorClient(bot.CreateLoopbackClient(), sink.ServiceUrl);
            conversations.Add(user.ConversationId);
            await user.SendAsync(user.Message(text));
        }

        await bot.Services.GetRequiredService<ConversationFactsWriter>().FlushAsync(CancellationToken.None);
        var mine = (await bot.Services.GetRequiredService<ConversationFactsQueries>().ReviewItemsAsync(ReviewItem.Open, 100_000, CancellationToken.None))
            .Where(item => conversations.Contains(item.ConversationId)).Select(item => item.Id).ToList();
        Assert.Equal(2, mine.Count);
        var queue = bot.Services.GetRequiredService<ReviewQueue>();
        Assert.Contains(await queue.GroupsAsync(CancellationToken.None), group => mine.All(group.ItemIds.Contains));

        using var console = new ReviewConsole(bot, sink);
        using var refused = await console.PostAsync("admin/review/label", new { ids = mine, label = "yes" });
        using var labelled = await console.PostAsync("admin/review/label", new { ids = mine, label = SymptomLabels.ForgotEmail });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, labelled.StatusCode);
        var export = await console.ExportAsync(TextModels.Symptom);
        Assert.Contains(TrainingLines.Format("アカウントがおかしいです", SymptomLabels.ForgotEmail) + "\n", export, StringComparison.Ordinal);
    }
}
