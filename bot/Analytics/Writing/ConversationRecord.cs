using SupportBot.Dialogs.Analytics;

namespace SupportBot.Bot.Analytics.Writing;

/// <summary>
/// A conversation's row as the writer works on it: read from the table (or new), turns applied one by one in C#
/// (counts add up, the first symptom reading stays, the last outcome wins, and a new case started after an outcome
/// clears it), then written back whole. Working on the row, not an SQL merge, tells the writer what it was before, so
/// the figures already added up can move with it.
/// </summary>
internal sealed class ConversationRecord
{
    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    public long StartedAtMs { get; set; } = long.MaxValue;

    public long LastActivityAtMs { get; set; } = long.MinValue;

    public string? Language { get; set; }

    public string? FirstSymptom { get; set; }

    public double? FirstConfidence { get; set; }

    public string? Symptom { get; set; }

    public int Reasks { get; set; }

    public int NotUnderstood { get; set; }

    public string? Outcome { get; set; }

    public string? EscalationReason { get; set; }

    public int? Rating { get; set; }

    public int Turns { get; set; }

    public ConversationRecord Copy() => (ConversationRecord)MemberwiseClone();

    public void Apply(TurnFacts turn)
    {
        var at = turn.At.ToUnixTimeMilliseconds();
        StartedAtMs = Math.Min(StartedAtMs, at);
        LastActivityAtMs = Math.Max(LastActivityAtMs, at);
        Language = turn.Language ?? Language;
        if (FirstSymptom is null && turn.SymptomRead is { } reading)
        {
            FirstSymptom = reading.Label;
            FirstConfidence = reading.Confidence;
        }

        Symptom = turn.Symptom ?? Symptom;
        Reasks += turn.Reasks;
        NotUnderstood += turn.NotUnderstood;
        Turns += turn.IsUserMessage ? 1 : 0;
        Rating = turn.Rating ?? Rating;
        if (turn.Outcome is not null || turn.Symptom is not null)
        {
            Outcome = turn.Outcome;
            EscalationReason = turn.Outcome is null ? null : turn.EscalationReason;
        }
    }

    /// <summary>The dashboard's counts this row adds to: every conversation, then by symptom, channel, language, reason and rating.</summary>
    public IEnumerable<FigureKey> Figures()
    {
        var hour = FigureKey.HourOf(StartedAtMs);
        var outcome = Outcome ?? string.Empty;
        yield return new FigureKey(hour, FigureKey.All, string.Empty, outcome);
        yield return new FigureKey(hour, FigureKey.Symptom, Symptom ?? string.Empty, outcome);
        yield return new FigureKey(hour, FigureKey.Channel, ChannelId, outcome);
        yield return new FigureKey(hour, FigureKey.Language, Language ?? string.Empty, outcome);
        if (EscalationReason is { } reason)
        {
            yield return new FigureKey(hour, FigureKey.Reason, reason, outcome);
        }

        if (Rating is { } rating)
        {
            yield return new FigureKey(hour, FigureKey.Rating, rating.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome);
        }
    }
}

/// <summary>A flow a conversation entered: when, the last step reached, and how the case it was part of ended (null: not yet).</summary>
internal sealed record FlowRecord(string Flow, long StartedAtMs, int LastStep, string? Outcome)
{
    public FlowFigureKey Figure => new(FigureKey.HourOf(StartedAtMs), Flow, LastStep, Outcome ?? string.Empty);
}

/// <summary>One count of the dashboard's figures (see <see cref="FactsTables.Figures"/>).</summary>
internal sealed record FigureKey(long HourMs, string Dimension, string Value, string Outcome)
{
    public const string All = "all";
    public const string Symptom = "symptom";
    public const string Channel = "channel";
    public const string Language = "language";
    public const string Reason = "reason";
    public const string Rating = "rating";

    public static long HourOf(long atMs) => atMs / FactsTables.HourMs * FactsTables.HourMs;
}

/// <summary>One count of the flows' funnels (see <see cref="FactsTables.FlowFigures"/>).</summary>
internal sealed record FlowFigureKey(long HourMs, string Flow, int LastStep, string Outcome);
