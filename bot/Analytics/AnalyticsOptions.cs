using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Analytics;

/// <summary>The conversation facts behind the operator console (configuration section <c>Analytics</c>).</summary>
internal sealed class AnalyticsOptions : IValidatableObject
{
    public const string SectionName = "Analytics";

    /// <summary>Whether facts are kept at all. Default: on (they live in the state's own database).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Turns waiting for the background writer. When it is full (the database is stuck), new turns' facts are
    /// dropped and counted, rather than held in memory or made to wait. Default: 20,000 (about a minute of a busy bot).
    /// </summary>
    [Range(100, 1_000_000)]
    public int QueueCapacity { get; set; } = 20_000;

    /// <summary>How often the writer commits what has queued up: what a crash can lose. Default: half a second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:01")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A conversation with no outcome and no message for this long counts as abandoned. Default: 30 minutes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan AbandonAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The offset from UTC of the operators' calendar days on the dashboard. Default: +09:00 (Japan).</summary>
    [Range(typeof(TimeSpan), "-14:00:00", "14:00:00")]
    public TimeSpan ReportingUtcOffset { get; set; } = TimeSpan.FromHours(9);

    /// <summary>
    /// Days the figures (one row a conversation, no text) are kept after a conversation's last message. Default: 90, a
    /// quarter's trend. What people typed (transcripts, review texts) is kept only as long as conversation state,
    /// <c>Storage:RetentionDays</c>.
    /// </summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 90;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The figures are kept by UTC hour: only a whole-hour offset sums them into whole days.
        if (ReportingUtcOffset.Ticks % TimeSpan.TicksPerHour != 0)
        {
            yield return new ValidationResult("Analytics:ReportingUtcOffset must be a whole number of hours (for example 09:00:00).", [nameof(ReportingUtcOffset)]);
        }
    }
}
