namespace SupportBot.Bot.Analytics.Queries;

/// <summary>Calendar days, first and last included, in the operators' reporting offset (<see cref="AnalyticsOptions.ReportingUtcOffset"/>).</summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;
}

/// <summary>Everything the dashboard shows for a period: conversations that started in it.</summary>
public sealed record DashboardFigures(
    ReportingPeriod Period,
    int Conversations,
    OutcomeCounts Outcomes,
    IReadOnlyList<DayFigures> Days,
    Satisfaction Satisfaction,
    IReadOnlyList<LabelCount> Symptoms,
    IReadOnlyList<LabelCount> EscalationReasons,
    IReadOnlyList<LabelCount> Languages,
    IReadOnlyList<LabelCount> Channels,
    IReadOnlyList<FlowFunnel> Funnels);

/// <summary>
/// Conversations by how they ended. Abandoned: no outcome and idle longer than <see cref="AnalyticsOptions.AbandonAfter"/>;
/// in progress: no outcome yet, still within it. Rates are of all conversations.
/// </summary>
public sealed record OutcomeCounts(int Resolved, int Escalated, int Abandoned, int OutOfScope, int InProgress)
{
    public int Total => Resolved + Escalated + Abandoned + OutOfScope + InProgress;

    public double ResolutionRate => Rate(Resolved);

    public double EscalationRate => Rate(Escalated);

    public double AbandonmentRate => Rate(Abandoned);

    public double OutOfScopeRate => Rate(OutOfScope);

    private double Rate(int count) => Total == 0 ? 0 : (double)count / Total;
}

/// <summary>One calendar day of the period.</summary>
public sealed record DayFigures(DateOnly Day, int Conversations, OutcomeCounts Outcomes);

/// <summary>Ratings given (1–5): how many, their average and how many of each.</summary>
public sealed record Satisfaction(int Ratings, double? Average, IReadOnlyList<int> Distribution);

/// <summary>A label (symptom, reason, language, channel) and how many conversations had it, most first.</summary>
public sealed record LabelCount(string Label, int Count);

/// <summary>
/// One flow's drop-off: for each of its steps, how many conversations reached it and how many stopped there, by how
/// the flow ended (still open = no outcome: abandoned there, or in progress).
/// </summary>
public sealed record FlowFunnel(string Flow, int Entered, IReadOnlyList<FunnelStep> Steps);

public sealed record FunnelStep(int Index, string Name, int Reached, int StoppedOpen, int StoppedResolved, int StoppedEscalated, int StoppedOther);
