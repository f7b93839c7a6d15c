using System.Diagnostics;
using System.Globalization;
using SupportBot.Bot.Analytics.Queries;
using SupportBot.Bot.Analytics.Review;
using SupportBot.Bot.Hosting;
using SupportBot.Dialogs.Analytics;

namespace SupportBot.Benchmarks.OperatorConsole;

/// <summary>
/// <c>console</c>: the operator console's queries (the real <see cref="ConversationFactsQueries"/>, as the pages call
/// them) over the cached million-conversation SQLite database, each run several times; prints p50 and max per query and
/// the CSV export's rows per second. The clock is the database's build time, so a cached database reads the same.
/// </summary>
internal static class ConsoleQueriesBenchmark
{
    public static async Task RunAsync(string repo, int target, int sample, int runs, TextWriter output)
    {
        var (directory, manifest) = await ConsoleDatabase.BuildOrReuseAsync(repo, target, sample, output);
        await using var app = SupportBotApplication.Build(
            [
                $"--contentRoot={Path.GetDirectoryName(typeof(SupportBotApplication).Assembly.Location)}",
                $"--Storage:DataDirectory={directory}",
                "--Serilog:MinimumLevel:Default=Warning",
            ],
            services => services.AddSingleton<TimeProvider>(new FixedClock(manifest.BuiltAt)));
        var queries = app.Services.GetRequiredService<ConversationFactsQueries>();
        var recent = await queries.ConversationsAsync(new ConversationFilter(From: queries.LastDays(7).From), CancellationToken.None);
        var withTranscript = recent.Rows[0];

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{manifest.Conversations:N0} conversations ({manifest.Sample:N0} seeded through the dialogs at {manifest.SeedConversationsPerSecond:F0}/s, facts copied {manifest.Copies}x with new ids and dates), {runs} runs each"));
        await output.WriteLineAsync($"{"query",-58} {"p50 ms",8} {"max ms",8}  result");
        await MeasureAsync(output, runs, "dashboard, last 7 days", async () => Describe(await queries.DashboardAsync(queries.LastDays(7), default)));
        await MeasureAsync(output, runs, "dashboard, last 30 days", async () => Describe(await queries.DashboardAsync(queries.LastDays(30), default)));
        await MeasureAsync(output, runs, "dashboard, last 90 days", async () => Describe(await queries.DashboardAsync(queries.LastDays(90), default)));
        await MeasureAsync(output, runs, "conversation list, first page, no filter", async () => Describe(await queries.ConversationsAsync(new ConversationFilter(), default)));
        await MeasureAsync(output, runs, "conversation list, first page, last 30 days", async () =>
            Describe(await queries.ConversationsAsync(new ConversationFilter(From: queries.LastDays(30).From), default)));
        await MeasureAsync(output, runs, "conversation list, first page, escalated", async () =>
            Describe(await queries.ConversationsAsync(new ConversationFilter(Outcome: Outcomes.Escalated), default)));
        await MeasureAsync(output, runs, "conversation list, first page, abandoned", async () =>
            Describe(await queries.ConversationsAsync(new ConversationFilter(Outcome: Outcomes.Abandoned), default)));
        await MeasureAsync(output, runs, "conversation list, forgot_password + msteams, 30 days", async () =>
            Describe(await queries.ConversationsAsync(new ConversationFilter(From: queries.LastDays(30).From, Symptom: "forgot_password", Channel: "msteams"), default)));
        await MeasureAsync(output, runs, "conversation list, page 100, no filter", async () => Describe(await queries.ConversationsAsync(new ConversationFilter(Page: 100), default)));
        await MeasureAsync(output, runs, "one conversation (facts, flows, transcript)", async () =>
            (await queries.ConversationAsync(withTranscript.ChannelId, withTranscript.ConversationId, default))?.Transcript.Count + " transcript lines");
        var review = app.Services.GetRequiredService<ReviewQueue>();
        await MeasureAsync(output, runs, "review queue, open items grouped", async () =>
        {
            var groups = await review.GroupsAsync(default);
            return string.Create(CultureInfo.InvariantCulture, $"{groups.Count} groups");
        });

        var started = Stopwatch.GetTimestamp();
        var rows = 0;
        await foreach (var _ in queries.AllConversationsAsync(new ConversationFilter(), default))
        {
            rows++;
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"CSV export rows (all, read as the export streams them): {rows:N0} in {seconds:F1} s = {rows / seconds:N0} rows/s"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static async Task MeasureAsync(TextWriter output, int runs, string name, Func<Task<string>> query)
    {
        var result = await query(); // first run: connection, schema check, page cache
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            result = await query();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name,-58} {times[times.Count / 2],8:F0} {times[^1],8:F0}  {result}"));
    }

    private static string Describe(DashboardFigures figures) =>
        string.Create(CultureInfo.InvariantCulture, $"{figures.Conversations:N0} conversations, {figures.Outcomes.ResolutionRate:P0} resolved");

    private static string Describe(ConversationPage page) => string.Create(CultureInfo.InvariantCulture, $"{page.Rows.Count} rows of {page.Total:N0}");

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
