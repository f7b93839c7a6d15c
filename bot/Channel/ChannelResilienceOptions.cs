namespace SupportBot.Bot.Channel;

/// <summary>How replies to a channel are retried, timed out and cut off (configuration section <c>Channel:Resilience</c>).</summary>
internal sealed class ChannelResilienceOptions
{
    public const string Section = "Channel:Resilience";

    /// <summary>Retries after the first attempt, on 408, 429, 5xx, connection failures and attempt timeouts.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First back-off; it grows exponentially with jitter unless the channel sends Retry-After.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Upper bound on any wait, including one asked for by Retry-After.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one attempt may take before it is abandoned and retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Share of failed attempts to one channel host, within <see cref="SamplingDuration"/>, that opens the breaker.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Attempts to a channel host within <see cref="SamplingDuration"/> before the ratio counts.</summary>
    public int MinimumThroughput { get; set; } = 20;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open breaker fails replies to that host at once before it lets one through to test it.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
