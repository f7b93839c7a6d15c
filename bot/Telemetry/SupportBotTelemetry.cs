using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;

namespace SupportBot.Bot.Telemetry;

/// <summary>
/// SupportBot's one <see cref="Meter"/> and one <see cref="ActivitySource"/>, both named <c>SupportBot</c>, and the
/// instruments on them. Static, like the runtime's own: an instrument nobody listens to costs a flag check, so the
/// code that records needs no switch; exporters listen only when the <c>Telemetry</c> section configures one.
/// </summary>
internal static class SupportBotTelemetry
{
    public const string Name = "SupportBot";

    /// <summary>Bucket bounds of the classifier confidence (0–1), a tenth wide.</summary>
    public static readonly double[] ConfidenceBuckets = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];

    /// <summary>Bucket bounds of turn and storage durations in seconds, from a millisecond (a cached read) to 10 s.</summary>
    public static readonly double[] DurationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Turns = Meter.CreateCounter<long>(
        "supportbot.turns", "{turn}", "Turns the bot ran, by channel, activity type and language.");

    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram(
        "supportbot.turn.duration", "s", "How long a turn took, from the adapter's first middleware to its last reply.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    public static readonly Counter<long> Outcomes = Meter.CreateCounter<long>(
        "supportbot.outcomes", "{case}", "Support cases that ended, by outcome (resolved, escalated, out_of_scope) and channel.");

    public static readonly Counter<long> Handoffs = Meter.CreateCounter<long>(
        "supportbot.handoffs", "{case}", "Cases handed to a person, by reason.");

    public static readonly Counter<long> NotUnderstood = Meter.CreateCounter<long>(
        "supportbot.not_understood", "{message}", "Messages the bot did not understand.");

    public static readonly Histogram<double> ClassifierConfidence = Meter.CreateHistogram(
        "supportbot.classifier.confidence", null, "The symptom model's confidence in its reading of a message that said what was wrong, by label.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ConfidenceBuckets });

    public static readonly Histogram<double> StorageDuration = Meter.CreateHistogram(
        "supportbot.storage.duration", "s", "How long a state store operation took, by operation (read, write, delete, create, transaction).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    /// <summary>
    /// A conversation's id as traces show it: the first 16 hex digits of its SHA-256, enough to follow one conversation's
    /// turns, and nothing a channel could map back to a person.
    /// </summary>
    public static string ConversationHash(string conversationId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)))[..16];

    /// <summary>Records a storage operation begun at <paramref name="startTimestamp"/> (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public static void RecordStorage(string operation, long startTimestamp)
    {
        if (StorageDuration.Enabled)
        {
            StorageDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, new KeyValuePair<string, object?>("operation", operation));
        }
    }
}
