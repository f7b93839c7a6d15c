using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Analytics.Queries;
using SupportBot.Bot.Commands;
using SupportBot.Bot.Commands.Seed;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Seed;

/// <summary>The seed command fills a database with conversations the console then shows, as an operator trying it would see them.</summary>
public sealed class SeedCommandTests
{
    [Fact]
    public async Task ThirtySeededConversationsAreOnTheDashboardWithAMixOfOutcomesChannelsAndLanguages()
    {
        var directory = Directory.CreateTempSubdirectory("supportbot-seed-test-");
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exitCode = await SeedCommandLine.TryRunAsync(
                ["seed", "--conversations", "30", "--days", "30", "--data-directory", directory.FullName], stdout, stderr);

            Assert.Equal(0, exitCode);
            Assert.Contains("conversations/s", stdout.ToString(), StringComparison.Ordinal);
            await using var bot = new BotHost(new Dictionary<string, string?> { ["Storage:DataDirectory"] = directory.FullName }).Start();
            var queries = bot.Services.GetRequiredService<ConversationFactsQueries>();
            var dashboard = await queries.DashboardAsync(queries.LastDays(30), CancellationToken.None);

            Assert.Equal(30, dashboard.Conversations);
            var outcomes = dashboard.Outcomes;
            Assert.True(outcomes.Resolved > 0, "some resolved");
            Assert.True(outcomes.Escalated > 0, "some escalated");
            Assert.True(new[] { outcomes.Abandoned, outcomes.OutOfScope, outcomes.InProgress }.Sum() > 0, "some abandoned or out of scope");
            Assert.True(dashboard.Satisfaction.Ratings > 0, "some ratings");
            Assert.True(dashboard.Channels.Count >= 2, "more than one channel");
            Assert.True(dashboard.Days.Count(day => day.Conversations > 0) >= 5, "spread over the days");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("seed --conversations 0")]
    [InlineData("seed --conversations 10 --days x")]
    [InlineData("seed --conversations 10 --data-directory a --connection-string b")]
    [InlineData("seed --conversations 10 --colour blue")]
    public async Task WrongOptionsPrintTheUsageAndExitWithTwo(string command)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await SeedCommandLine.TryRunAsync(command.Split(' '), stdout, stderr);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("usage: seed", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryScenarioHasPhrasesInEveryLanguage()
    {
        var phrases = SeedPhrases.Load();

        Assert.NotEmpty(phrases.Scenarios);
        Assert.Equal(["en", "ja"], phrases.Languages.Keys.Order());
    }
}
