using System.Diagnostics;
using System.Globalization;
using Microsoft.Bot.Builder;
using SupportBot.Bot.Adapter;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Commands.Seed;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Commands;

/// <summary>
/// <c>seed --conversations N [--days 30] [--data-directory DIR | --connection-string CS] [--parallel CORES] [--random-seed 1]</c>:
/// fills a database's conversation facts with N synthetic conversations played through the real dialogs (not rows written
/// by hand), their times spread over the last days, so the console has something to show and can be measured at scale.
/// Conversation state is kept in memory (it is thrown away); the facts go through the real writer into the target:
/// the SQLite file <c>DIR/supportbot.db</c> (default <c>./data</c>, the bot's own) or the PostgreSQL database.
/// </summary>
internal static class SeedCommandLine
{
    private const int UsageError = 2;

    private const string Usage = "usage: seed --conversations N [--days 30] [--data-directory DIR | --connection-string CS] [--parallel CORES] [--random-seed 1]";

    /// <summary>Runs the command named by <paramref name="args"/>; null when the args are not this command.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is not ["seed", ..])
        {
            return null;
        }

        if (SeedSettings.Parse(args[1..]) is not { } settings)
        {
            await stderr.WriteLineAsync(Usage);
            return UsageError;
        }

        var result = await SeedAsync(settings, CancellationToken.None);
        await stdout.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"seeded {result.Conversations} conversations ({result.Turns} messages) over the last {settings.Days} days into {settings.Target} " +
            $"in {result.Elapsed.TotalSeconds:F1} s: {result.ConversationsPerSecond:F0} conversations/s; facts dropped: {result.Dropped}"));
        return 0;
    }

    /// <summary>Seeds as <paramref name="settings"/> say (the benchmark calls this too).</summary>
    public static async Task<SeedResult> SeedAsync(SeedSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = new SeedClock();
        if (settings.ConnectionString is null)
        {
            Directory.CreateDirectory(settings.DataDirectory);
        }

        SqlStorage target = settings.ConnectionString is { } connectionString
            ? new PostgresStorage(connectionString, TimeProvider.System)
            : new SqliteStorage(Path.Combine(settings.DataDirectory, "supportbot.db"), TimeProvider.System);
        try
        {
            await using var app = SupportBotApplication.Build(
                [
                    $"--contentRoot={AppContext.BaseDirectory}",
                    "--Urls=http://127.0.0.1:0",
                    "--Storage:Provider=Memory",
                    "--Serilog:MinimumLevel:Default=Warning",
                    "--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning",
                ],
                services =>
                {
                    services.AddSingleton<TimeProvider>(clock);
                    services.AddSingleton(new FactsDatabase(target));
                });
            await target.InitializeAsync(cancellationToken);
            await app.StartAsync(cancellationToken);
            var seeder = new ConversationSeeder(
                app.Services.GetRequiredService<SupportBotAdapter>(), app.Services.GetRequiredService<IBot>(), clock,
                app.Services.GetRequiredService<ConversationFactsWriter>());
            var conversations = new SyntheticConversations(SeedPhrases.Load(), new Random(settings.RandomSeed), TimeProvider.System.GetUtcNow(), settings.Days);

            var started = Stopwatch.GetTimestamp();
            var turns = await seeder.PlayAsync(conversations, settings.Conversations, settings.Parallelism, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var dropped = app.Services.GetRequiredService<ConversationFactsWriter>().Dropped;
            await app.StopAsync(cancellationToken);
            return new SeedResult(settings.Conversations, turns, elapsed, dropped);
        }
        finally
        {
            (target as IDisposable)?.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }
}

/// <summary>What the seed command was asked to do.</summary>
internal sealed record SeedSettings(int Conversations, int Days, string DataDirectory, string? ConnectionString, int Parallelism, int RandomSeed)
{
    public string Target => ConnectionString is null ? Path.Combine(DataDirectory, "supportbot.db") : "the PostgreSQL database";

    /// <summary>The options after <c>seed</c>; null when they are not valid.</summary>
    public static SeedSettings? Parse(string[] options)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Length; i += 2)
        {
            if (i + 1 >= options.Length || !options[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            values[options[i][2..]] = options[i + 1];
        }

        int? Number(string name, int fallback, int max) =>
            !values.TryGetValue(name, out var text) ? fallback
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max ? n : null;

        var known = new HashSet<string> { "conversations", "days", "data-directory", "connection-string", "parallel", "random-seed" };
        if (!values.ContainsKey("conversations") || values.Keys.Any(k => !known.Contains(k))
            || (values.ContainsKey("data-directory") && values.ContainsKey("connection-string"))
            || Number("conversations", 0, 100_000_000) is not { } conversations || Number("days", 30, 3650) is not { } days
            || Number("parallel", Environment.ProcessorCount, 64) is not { } parallelism || Number("random-seed", 1, int.MaxValue) is not { } seed)
        {
            return null;
        }

        return new SeedSettings(conversations, days, FromCaller(values.GetValueOrDefault("data-directory") ?? "./data"), values.GetValueOrDefault("connection-string"), parallelism, seed);
    }

    /// <summary><c>dotnet run --project bot</c> runs in bot/: a relative directory is the caller's.</summary>
    private static string FromCaller(string directory) =>
        Path.GetFullPath(directory, Environment.GetEnvironmentVariable("PWD") ?? Directory.GetCurrentDirectory());
}

/// <summary>How a seed went.</summary>
internal sealed record SeedResult(int Conversations, int Turns, TimeSpan Elapsed, long Dropped)
{
    public double ConversationsPerSecond => Conversations / Math.Max(Elapsed.TotalSeconds, 0.001);
}
