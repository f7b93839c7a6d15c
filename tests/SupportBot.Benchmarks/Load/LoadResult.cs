namespace SupportBot.Benchmarks.Load;

/// <summary>What one closed-loop run measured.</summary>
internal sealed record LoadResult(
    string Name,
    int Conversations,
    double Seconds,
    long Turns,
    long Errors,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MaxMs,
    double BotCpuCores,
    double BotPeakRssMiB,
    string LoadAverageBefore,
    double? RepliesPerTurn = null)
{
    public double TurnsPerSecond => Turns / Seconds;

    /// <summary>CPU milliseconds the bot spent per turn.</summary>
    public double CpuMsPerTurn => Turns == 0 ? 0 : BotCpuCores * Seconds * 1000 / Turns;

    public static double Percentile(long[] sortedTicks, double p)
    {
        if (sortedTicks.Length == 0)
        {
            return 0;
        }

        var index = (int)Math.Ceiling(p * sortedTicks.Length) - 1;
        return TimeSpan.FromTicks(sortedTicks[Math.Clamp(index, 0, sortedTicks.Length - 1)]).TotalMilliseconds;
    }
}
