using System.Diagnostics;

namespace SupportBot.Benchmarks.Load;

/// <summary>
/// N simulated users, each starting a conversation, taking its turns one after another (the next
/// only once every reply of the last has arrived) and starting another when it ends. Turns that
/// finish inside the measured window after the warm-up are counted.
/// </summary>
internal static class ClosedLoopLoad
{
    public static async Task<LoadResult> RunAsync(
        string name, ITarget target, int botPid, int conversations, TimeSpan warmUp, TimeSpan duration, Func<long>? replies = null)
    {
        var loadAverage = ProcessMeter.LoadAverage();
        using var stop = new CancellationTokenSource(warmUp + duration);
        var measureFrom = Stopwatch.GetTimestamp() + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var measureTo = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<long>[conversations];
        var errors = new long[conversations];
        var cpuAtStart = TimeSpan.Zero;
        long repliesAtStart = 0, repliesAtEnd = 0;
        var cpuProbe = Task.Run(async () =>
        {
            await Task.Delay(warmUp);
            cpuAtStart = ProcessMeter.CpuTime(botPid);
            repliesAtStart = replies?.Invoke() ?? 0;
            await Task.Delay(duration);
            repliesAtEnd = replies?.Invoke() ?? 0;
        });

        var users = Enumerable.Range(0, conversations).Select(user => Task.Run(async () =>
        {
            latencies[user] = new List<long>(100_000);
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var id = $"{name}-{user}-{n}-{Guid.NewGuid():N}";
                try
                {
                    var conversation = await target.StartConversationAsync(id, stop.Token);
                    foreach (var turn in Script.For(user + n))
                    {
                        var started = Stopwatch.GetTimestamp();
                        var ok = await target.TurnAsync(conversation, turn, stop.Token);
                        var ended = Stopwatch.GetTimestamp();
                        if (started >= measureFrom && ended <= measureTo)
                        {
                            if (ok)
                            {
                                latencies[user].Add(Stopwatch.GetElapsedTime(started, ended).Ticks);
                            }
                            else
                            {
                                errors[user]++;
                            }
                        }
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
                catch (HttpRequestException) when (Stopwatch.GetTimestamp() is var now && now >= measureFrom && now <= measureTo)
                {
                    errors[user]++;
                }
                catch (HttpRequestException)
                {
                }
            }
        })).ToArray();

        await Task.WhenAll(users);
        await cpuProbe;
        var cpu = ProcessMeter.CpuTime(botPid) - cpuAtStart;
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadResult(
            name, conversations, duration.TotalSeconds, all.Length, errors.Sum(),
            LoadResult.Percentile(all, 0.50), LoadResult.Percentile(all, 0.90), LoadResult.Percentile(all, 0.99),
            all.Length == 0 ? 0 : TimeSpan.FromTicks(all[^1]).TotalMilliseconds,
            cpu.TotalSeconds / (duration.TotalSeconds + 0.0), ProcessMeter.PeakRssMiB(botPid), loadAverage,
            replies is null || all.Length == 0 ? null : (double)(repliesAtEnd - repliesAtStart) / all.Length);
    }
}
