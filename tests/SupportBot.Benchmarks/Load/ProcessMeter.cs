using System.Diagnostics;
using System.Globalization;

namespace SupportBot.Benchmarks.Load;

/// <summary>CPU time and peak resident memory of another process, read from /proc.</summary>
internal static class ProcessMeter
{
    private const double ClockTicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>User plus system CPU time the process has used.</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
    }

    /// <summary>Peak resident set (VmHWM) in MiB.</summary>
    public static double PeakRssMiB(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kib = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kib / 1024.0;
    }

    /// <summary>The 1-minute load average, to state with every figure.</summary>
    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    public static TimeSpan Elapsed(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp);
}
