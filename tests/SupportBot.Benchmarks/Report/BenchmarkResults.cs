using System.Globalization;
using System.Text;
using SupportBot.Benchmarks.Load;

namespace SupportBot.Benchmarks.Report;

/// <summary>Everything one benchmark run measured, printed as it arrives and written as Markdown at the end.</summary>
internal sealed class BenchmarkResults
{
    private readonly List<LoadResult> _load = [];
    private readonly List<string> _sections = [];

    public IReadOnlyList<LoadResult> Load => _load;

    public void Add(LoadResult result)
    {
        _load.Add(result);
        Console.WriteLine(Row(result));
    }

    public void AddSection(string markdown)
    {
        _sections.Add(markdown);
        Console.WriteLine(markdown);
    }

    public static string Header =>
        "| bot | conversations | turns/s | replies/turn | p50 ms | p90 ms | p99 ms | max ms | errors | bot CPU (cores) | CPU ms/turn | bot peak RSS MiB | load avg before |\n" +
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    public static string Row(LoadResult r) => string.Create(CultureInfo.InvariantCulture,
        $"| {r.Name} | {r.Conversations} | {r.TurnsPerSecond:F0} | {(r.RepliesPerTurn is { } replies ? replies.ToString("F1", CultureInfo.InvariantCulture) : "-")} | {r.P50Ms:F2} | {r.P90Ms:F2} | {r.P99Ms:F2} | {r.MaxMs:F1} | {r.Errors} | {r.BotCpuCores:F2} | {r.CpuMsPerTurn:F3} | {r.BotPeakRssMiB:F0} | {r.LoadAverageBefore} |");

    public string Markdown(string command)
    {
        var md = new StringBuilder();
        md.AppendLine("# SupportBot benchmark results").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({Cpu()}), .NET {Environment.Version}, `{command}`.");
        md.AppendLine("Load generator and channel sink on the same machine as the bot; the bot in its own Release process.").AppendLine();
        if (_load.Count > 0)
        {
            md.AppendLine(Header);
            foreach (var r in _load)
            {
                md.AppendLine(Row(r));
            }

            md.AppendLine().AppendLine(Ratios());
            md.AppendLine().AppendLine("![throughput and p99](chart.svg)").AppendLine();
        }

        foreach (var section in _sections)
        {
            md.AppendLine(section).AppendLine();
        }

        return md.ToString();
    }

    public string Ratios()
    {
        var bot = _load.FirstOrDefault(r => r.Name.StartsWith("SupportBot /api/messages", StringComparison.Ordinal));
        var js = _load.FirstOrDefault(r => r.Name.StartsWith("botbuilder-js", StringComparison.Ordinal));
        var ceiling = _load.FirstOrDefault(r => r.Name.StartsWith("ceiling", StringComparison.Ordinal));
        if (bot is null)
        {
            return string.Empty;
        }

        var ratios = new List<string>();
        if (js is not null)
        {
            ratios.Add(string.Create(CultureInfo.InvariantCulture, $"SupportBot / botbuilder-js throughput: **{bot.TurnsPerSecond / js.TurnsPerSecond:F1}×**"));
        }

        if (ceiling is not null)
        {
            ratios.Add(string.Create(CultureInfo.InvariantCulture, $"SupportBot / protocol ceiling throughput: **{bot.TurnsPerSecond / ceiling.TurnsPerSecond:P0}**"));
        }

        return string.Join("; ", ratios) + ".";
    }

    private static string Cpu()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return model ?? "unknown CPU";
    }
}
