using SupportBot.Dialogs.Analytics;

namespace SupportBot.Bot.Analytics.Queries;

/// <summary>Sums the dashboard's grouped rows into its figures.</summary>
internal static class DashboardSummary
{
    public static DashboardFigures From(
        ReportingPeriod period,
        IReadOnlyList<ConversationFactsQueries.Group> groups,
        IReadOnlyList<ConversationFactsQueries.FlowGroup> flows,
        FlowSteps steps,
        Func<long, DateOnly> day)
    {
        var days = Enumerable.Range(0, period.Days).Select(period.From.AddDays).ToList();
        var byDay = groups.GroupBy(g => day(g.Day)).ToDictionary(g => g.Key, g => g.ToList());
        var ratings = new int[5];
        foreach (var group in groups.Where(g => g.Rating is >= 1 and <= 5))
        {
            ratings[group.Rating!.Value - 1] += group.Count;
        }

        var rated = ratings.Sum();
        return new DashboardFigures(
            period,
            groups.Sum(g => g.Count),
            Outcomes(groups),
            [.. days.Select(d => byDay.TryGetValue(d, out var ofDay)
                ? new DayFigures(d, ofDay.Sum(g => g.Count), Outcomes(ofDay))
                : new DayFigures(d, 0, new OutcomeCounts(0, 0, 0, 0, 0)))],
            new Satisfaction(rated, rated == 0 ? null : ratings.Select((count, i) => (double)count * (i + 1)).Sum() / rated, ratings),
            Counts(groups, g => g.Symptom),
            Counts(groups.Where(g => g.Outcome == Dialogs.Analytics.Outcomes.Escalated), g => g.Reason),
            Counts(groups, g => g.Language),
            Counts(groups, g => g.Channel),
            Funnels(flows, steps));
    }

    private static OutcomeCounts Outcomes(IEnumerable<ConversationFactsQueries.Group> groups)
    {
        int Of(string outcome) => groups.Where(g => g.Outcome == outcome).Sum(g => g.Count);
        return new OutcomeCounts(
            Of(Dialogs.Analytics.Outcomes.Resolved), Of(Dialogs.Analytics.Outcomes.Escalated), Of(Dialogs.Analytics.Outcomes.Abandoned),
            Of(Dialogs.Analytics.Outcomes.OutOfScope), Of(Dialogs.Analytics.Outcomes.InProgress));
    }

    private static List<LabelCount> Counts(IEnumerable<ConversationFactsQueries.Group> groups, Func<ConversationFactsQueries.Group, string?> label) =>
        [.. groups.Where(g => label(g) is not null)
            .GroupBy(g => label(g)!)
            .Select(g => new LabelCount(g.Key, g.Sum(x => x.Count)))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Label, StringComparer.Ordinal)];

    /// <summary>A funnel per flow, its steps in order: known flows in menu order, then any the facts hold that the bot no longer has.</summary>
    private static List<FlowFunnel> Funnels(IReadOnlyList<ConversationFactsQueries.FlowGroup> flows, FlowSteps steps)
    {
        var names = steps.ByFlow.Keys.Concat(flows.Select(f => f.Flow).Distinct().Where(f => !steps.ByFlow.ContainsKey(f)).Order(StringComparer.Ordinal));
        var funnels = new List<FlowFunnel>();
        foreach (var flow in names)
        {
            var ofFlow = flows.Where(f => f.Flow == flow).ToList();
            var stepCount = Math.Max(steps.ByFlow.TryGetValue(flow, out var known) ? known.Count : 0, ofFlow.Count == 0 ? 0 : ofFlow.Max(f => f.LastStep) + 1);
            var funnelSteps = Enumerable.Range(0, stepCount).Select(i =>
            {
                var stopped = ofFlow.Where(f => f.LastStep == i).ToList();
                int StoppedWith(Func<string?, bool> outcome) => stopped.Where(f => outcome(f.Outcome)).Sum(f => f.Count);
                return new FunnelStep(
                    i,
                    steps.Name(flow, i),
                    ofFlow.Where(f => f.LastStep >= i).Sum(f => f.Count),
                    StoppedWith(o => o is null),
                    StoppedWith(o => o == Dialogs.Analytics.Outcomes.Resolved),
                    StoppedWith(o => o == Dialogs.Analytics.Outcomes.Escalated),
                    StoppedWith(o => o is not null and not Dialogs.Analytics.Outcomes.Resolved and not Dialogs.Analytics.Outcomes.Escalated));
            }).ToList();
            funnels.Add(new FlowFunnel(flow, ofFlow.Sum(f => f.Count), funnelSteps));
        }

        return funnels;
    }
}
