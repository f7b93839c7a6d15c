using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SupportBot.Benchmarks.Ceiling;
using SupportBot.Benchmarks.Load;
using SupportBot.Benchmarks.Micro;
using SupportBot.Benchmarks;
using SupportBot.Benchmarks.Report;

// Usage: SupportBot.Benchmarks [all|e2e|directline|coldstart|micro] [--conversations 32] [--duration 15] [--warmup 15]
//        [--storage Sqlite|Memory]  (SupportBot's storage provider; Sqlite is the product default)
//        [--only ceiling|js|supportbot]  (one bot of the e2e side-by-side run)
//        [--bot-log-level Information|Warning]  (SupportBot's Serilog minimum level; the product default is Information)
//        SupportBot.Benchmarks console [--target 1000000] [--sample 20000] [--runs 7]   (the operator console's queries over a cached database)
//        SupportBot.Benchmarks ceiling-server PORT   (the protocol-ceiling bot, started by e2e)
//        SupportBot.Benchmarks dialog-turns SECONDS Sqlite|Memory   (the micro-benchmark's dialog turn in a loop, to profile)
if (args is ["dialog-turns", var seconds, var turnStorage])
{
    // For a profiler (perf, dotnet-trace): the micro-benchmark's dialog turn in a loop, nothing else.
    var turns = new ComponentBenchmarks { Storage = turnStorage };
    turns.Setup();
    var until = DateTime.UtcNow.AddSeconds(int.Parse(seconds, CultureInfo.InvariantCulture));
    var count = 0;
    while (DateTime.UtcNow < until)
    {
        await turns.DialogTurn();
        count++;
    }

    turns.Cleanup();
    Console.WriteLine($"{count} dialog turns");
    return 0;
}

if (args is ["console", ..])
{
    // The operator console's queries over a million conversations in SQLite (issue 17); not part of "all".
    int ConsoleOption(string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    await SupportBot.Benchmarks.OperatorConsole.ConsoleQueriesBenchmark.RunAsync(
        Paths.RepositoryRoot(), ConsoleOption("--target", 1_000_000), ConsoleOption("--sample", 20_000), ConsoleOption("--runs", 7), Console.Out);
    return 0;
}

if (args is ["ceiling-server", var ceilingPort])
{
    await CeilingServer.RunAsync(int.Parse(ceilingPort, CultureInfo.InvariantCulture));
    return 0;
}

var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
var conversations = Option("--conversations", 32);
var duration = TimeSpan.FromSeconds(Option("--duration", 15));
var warmUp = TimeSpan.FromSeconds(Option("--warmup", 15));
string? Text(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
var storage = Text("--storage") ?? "Sqlite";
// --only ceiling|js|supportbot: one bot of the side-by-side run, e.g. while profiling it.
var only = Text("--only");
bool Runs(string bot) => only is null || only == bot;
var botLogLevel = Text("--bot-log-level") ?? "Information";

var repo = Paths.RepositoryRoot();
var output = Path.Combine(repo, "artifacts", "benchmarks");
Directory.CreateDirectory(output);
var results = new BenchmarkResults();
var directLineSecret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

await using var sink = await ReplySink.StartAsync();
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    Timeout = TimeSpan.FromSeconds(30),
};

BotProcess StartSupportBot(string name) => BotProcess.Start(name, "dotnet",
    [Paths.SupportBotDll(repo), "--urls", "http://127.0.0.1:{port}"],
    Path.GetDirectoryName(Paths.SupportBotDll(repo))!,
    new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Storage__DataDirectory"] = Directory.CreateTempSubdirectory("supportbot-bench-data-").FullName,
        ["Storage__Provider"] = storage,
        ["DirectLine__Secret"] = directLineSecret,
        // The product's logging (Information: a line per request, redacted) unless --bot-log-level says otherwise.
        ["Serilog__MinimumLevel__Default"] = botLogLevel,
        ["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Warning",
        // Every simulated user posts from the same loopback address, so the per-client limit (a guard
        // against one hostile address) would turn the load into 429s; the per-conversation limit stays.
        ["RequestProtection__PermitsPerClient"] = "100000000",
    },
    output);

async Task<LoadResult> DriveAsync(string name, BotProcess bot, Func<BotProcess, ITarget> target, bool repliesAtSink = true)
{
    await bot.WaitUntilListeningAsync(TimeSpan.FromSeconds(60));
    Console.WriteLine($"{name}: {conversations} conversations, {warmUp.TotalSeconds:F0} s warm-up + {duration.TotalSeconds:F0} s, load {ProcessMeter.LoadAverage()}");
    var result = await ClosedLoopLoad.RunAsync(name, target(bot), bot.Pid, conversations, warmUp, duration,
        repliesAtSink ? () => sink.TotalReplies : null);
    results.Add(result);
    return result;
}

Console.WriteLine(BenchmarkResults.Header);
if (what is "all" or "e2e")
{
    if (Runs("ceiling"))
    {
        await using var ceiling = BotProcess.Start("ceiling", "dotnet", [typeof(Paths).Assembly.Location, "ceiling-server", "{port}"], repo, new Dictionary<string, string>(), output);
        await DriveAsync("ceiling (bare ASP.NET Core)", ceiling, b => new MessagesTarget(http, b.Url, sink));
    }

    var js = Path.Combine(repo, "tests", "SupportBot.Benchmarks", "js");
    if (Runs("js") && Directory.Exists(Path.Combine(js, "node_modules")))
    {
        await using var peer = BotProcess.Start("botbuilder-js", "node", ["bot.js", "{port}"], js, new Dictionary<string, string>(), output);
        await DriveAsync("botbuilder-js 4.23 (3-step waterfall)", peer, b => new MessagesTarget(http, b.Url, sink));
    }
    else if (Runs("js"))
    {
        Console.WriteLine("botbuilder-js skipped: run `npm ci --ignore-scripts` in tests/SupportBot.Benchmarks/js (bench.sh does)");
    }

    if (Runs("supportbot"))
    {
        await using var bot = StartSupportBot("supportbot");
        await DriveAsync($"SupportBot /api/messages ({storage})", bot, b => new MessagesTarget(http, b.Url, sink));
    }
}

if (what is "all" or "directline")
{
    await using var bot = StartSupportBot("supportbot-directline");
    await DriveAsync($"SupportBot embedded Direct Line, post + poll ({storage})", bot, b => new DirectLineTarget(http, b.Url, directLineSecret), repliesAtSink: false);
}

if (what is "all" or "coldstart")
{
    var runs = new List<(double Join, double Message)>();
    for (var i = 0; i < 3; i++)
    {
        runs.Add(await ColdStart.MeasureAsync(() => StartSupportBot("supportbot-coldstart"), sink));
    }

    results.AddSection(
        "## Cold start (process start to first answered turn, fresh data directory, model cache as left by earlier runs)\n\n" +
        "| run | join (welcome) ms | first classified message ms |\n| --- | ---: | ---: |\n" +
        string.Join('\n', runs.Select((r, i) => string.Create(CultureInfo.InvariantCulture, $"| {i + 1} | {r.Join:F0} | {r.Message:F0} |"))) +
        $"\n\nLoad average after: {ProcessMeter.LoadAverage()}.");
}

if (what is "all" or "micro" or "latency")
{
    var latencies = ClassifierLatency.Measure();
    results.AddSection(string.Create(CultureInfo.InvariantCulture,
        $"## Understanding latency per message (in process, {latencies[0].Calls} calls each over 16 messages)\n\n| what | p50 µs | p99 µs | max µs |\n| --- | ---: | ---: | ---: |\n")
        + string.Join('\n', latencies.Select(l => string.Create(CultureInfo.InvariantCulture, $"| {l.What} | {l.P50Us:F1} | {l.P99Us:F1} | {l.MaxUs:F0} |")))
        + $"\n\nLoad average {ProcessMeter.LoadAverage()}.");
}

if (what is "all" or "micro")
{
    var config = ManualConfig.CreateMinimumViable()
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .WithArtifactsPath(Path.Combine(output, "BenchmarkDotNet"))
        .WithOptions(ConfigOptions.DisableLogFile);
    var summary = BenchmarkRunner.Run<ComponentBenchmarks>(config);
    // Rendered from the summary itself: BenchmarkDotNet cleans its artifacts folder at the end of the run.
    var report = new AccumulationLogger();
    MarkdownExporter.GitHub.ExportToLog(summary, report);
    results.AddSection("## In-process micro-benchmarks (BenchmarkDotNet, ShortRun, in-process toolchain)\n\n" + report.GetLog());
}

var command = "./bench.sh " + string.Join(' ', args);
var markdown = results.Markdown(command);
var chart = results.Load.Count > 0
    ? Chart.Svg(results.Load, $"{conversations} conversations, {Environment.ProcessorCount} cores, load generator on the same machine")
    : null;
// A full run is the one the README shows: it is also written next to this program, under git.
string[] outputs = what == "all" ? [output, Path.Combine(repo, "tests", "SupportBot.Benchmarks", "results")] : [output];
foreach (var folder in outputs)
{
    Directory.CreateDirectory(folder);
    await File.WriteAllTextAsync(Path.Combine(folder, "results.md"), markdown);
    if (chart is not null)
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "chart.svg"), chart);
    }
}

Console.WriteLine();
Console.WriteLine(results.Ratios());
Console.WriteLine($"Results written to {string.Join(" and ", outputs.Select(o => Path.Combine(o, "results.md")))}");
return 0;
