using Microsoft.Extensions.Options;
using SupportBot.Bot.Channel;

namespace SupportBot.Bot.Hosting.Validation;

/// <summary>The ranges Polly accepts for the reply pipeline, checked at start rather than at the first reply.</summary>
internal sealed class ChannelResilienceOptionsValidator : IValidateOptions<ChannelResilienceOptions>
{
    private static readonly TimeSpan HalfSecond = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan OneDay = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, ChannelResilienceOptions options) =>
        new SettingRules(ChannelResilienceOptions.Section)
            .Require(options.MaxRetryAttempts >= 1, nameof(options.MaxRetryAttempts), options.MaxRetryAttempts, "must be at least 1")
            .Require(options.RetryDelay >= TimeSpan.Zero && options.RetryDelay <= OneDay, nameof(options.RetryDelay), options.RetryDelay, "must be between 0 and 1 day")
            .Require(options.MaxRetryDelay >= options.RetryDelay, nameof(options.MaxRetryDelay), options.MaxRetryDelay, "must not be shorter than RetryDelay")
            .Require(options.AttemptTimeout >= TimeSpan.FromMilliseconds(10) && options.AttemptTimeout <= OneDay, nameof(options.AttemptTimeout), options.AttemptTimeout, "must be between 10 ms and 1 day")
            .Require(options.FailureRatio is >= 0 and <= 1, nameof(options.FailureRatio), options.FailureRatio, "must be between 0 and 1")
            .Require(options.MinimumThroughput >= 2, nameof(options.MinimumThroughput), options.MinimumThroughput, "must be at least 2")
            .Require(options.SamplingDuration >= HalfSecond && options.SamplingDuration <= OneDay, nameof(options.SamplingDuration), options.SamplingDuration, "must be between 0.5 s and 1 day")
            .Require(options.BreakDuration >= HalfSecond && options.BreakDuration <= OneDay, nameof(options.BreakDuration), options.BreakDuration, "must be between 0.5 s and 1 day")
            .Result();
}
