using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace SupportBot.Bot.Channel;

/// <summary>
/// One resilience pipeline per channel host (so Teams being down does not cut off Slack): retries
/// with jittered exponential back-off that honours Retry-After, a circuit breaker, and a timeout
/// per attempt. Built once per host and reused.
/// </summary>
internal sealed partial class ChannelPipelines(
    IOptions<ChannelResilienceOptions> options, TimeProvider time, ILogger<ChannelPipelines> logger) : IDisposable
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();

    public ResiliencePipeline<HttpResponseMessage> For(string host) =>
        _registry.GetOrAddPipeline<HttpResponseMessage>(host, builder => Build(builder, host));

    public void Dispose() => _registry.Dispose();

    private void Build(ResiliencePipelineBuilder<HttpResponseMessage> builder, string host)
    {
        var o = options.Value;
        builder.TimeProvider = time;
        builder
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                MaxRetryAttempts = o.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = o.RetryDelay,
                MaxDelay = o.MaxRetryDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, o.MaxRetryDelay)),
                OnRetry = args =>
                {
                    if (logger.IsEnabled(LogLevel.Debug))
                    {
                        var failure = Describe(args.Outcome);
                        LogRetry(logger, host, args.AttemptNumber + 1, failure, args.RetryDelay);
                    }

                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                FailureRatio = o.FailureRatio,
                MinimumThroughput = o.MinimumThroughput,
                SamplingDuration = o.SamplingDuration,
                BreakDuration = o.BreakDuration,
                OnOpened = args =>
                {
                    LogOpened(logger, host, args.BreakDuration);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    LogClosed(logger, host);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(o.AttemptTimeout);
    }

    /// <summary>What a channel says or does when it did not take the activity, or may not have.</summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            || (int)response.StatusCode >= 500,
        _ => false,
    };

    /// <summary>The wait the channel asked for, capped; null lets the back-off decide.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - TimeProvider.System.GetUtcNow() : null);
        return wait is { } w ? TimeSpan.FromTicks(Math.Clamp(w.Ticks, 0, cap.Ticks)) : null;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception?.GetType().Name ?? ((int)outcome.Result!.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reply to {ChannelHost} failed ({Failure}); attempt {Attempt} in {Delay}")]
    private static partial void LogRetry(ILogger logger, string channelHost, int attempt, string failure, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replies to {ChannelHost} suspended for {BreakDuration}: too many failures")]
    private static partial void LogOpened(ILogger logger, string channelHost, TimeSpan breakDuration);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replies to {ChannelHost} resumed")]
    private static partial void LogClosed(ILogger logger, string channelHost);
}
