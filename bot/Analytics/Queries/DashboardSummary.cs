using System.Globalization;
using SupportBot.Bot.Analytics.Writing;
using SupportBot.Dialogs.Analytics;
using Figure = SupportBot.Bot.Analytics.Queries.ConversationFactsQueries.FigureRow;
using FlowGroup = SupportBot.Bot.Analytics.Queries.ConversationFactsQueries.FlowGroup;
using InProgress = SupportBot.Bot.Analytics.Queries.ConversationFactsQueries.InProgressRow;

namespace SupportBot.Bot.Analytics.Queries;

/// <summary>Sums the dashboard's counts (by day, dimension, value and outcome) into its figures.</summary>
internal static class DashboardSummary
{
    public static DashboardFigures From(ReportingPeriod period, IReadOnlyList<Figure> stored, IReadOnlyList<InProgress> inProgress, IReadOnlyList<FlowGroup> flows, FlowSteps steps)
    {
        var figures = WithAbandonment(stored, inProgress);
        var all = figures.Where(f => f.Dimension == FigureKey.All).ToList();
        var byDay = all.GroupBy(f => f.Day).ToDictionary(g => g.Key, g => g.ToList());
        var ratings = new int[5];
        foreach (var rating in figures.Where(f => f.Dimension == FigureKey.Rating))
        {
            if (int.TryParse(rating.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5)
            {
                ratings[score - 1] += rating.Count;
            }
        }

        var rated = ratings.Sum();
        return new DashboardFigures(
            period,
            all.Sum(f => f.Count),
            OutcomesOf(all),
            [.. Enumerable.Range(0, period.Days).Select(period.From.AddDays).Select(day => byDay.TryGetValue(day, out var ofDay)
                ? new DayFigures(day, ofDay.Sum(f => f.Count), OutcomesOf(ofDay))
                : new DayFigures(day, 0, new OutcomeCounts(0, 0, 0, 0, 0)))],
            new Satisfaction(rated, rated == 0 ? null : ratings.Select((count, i) => (double)count * (i + 1)).Sum() / rated, ratings),
            Counts(figures, FigureKey.Symptom),
            Counts(figures.Where(f => f.Outcome == Outcomes.Escalated), FigureKey.Reason),
            Counts(figures, FigureKey.Language),
            Counts(figures, FigureKey.Channel),
            Funnels(flows, steps));
    }

    /// <summary>The counts with "no outcome yet" split: in progress for the conversations still within the idle time, abandoned for the rest.</summary>
    private static List<Figure> WithAbandonment(IReadOnlyList<Figure> stored, IReadOnlyList<InProgress> inProgress)
    {
        var stillOpen = new Dictionary<(DateOnly, string, string), int>();
        foreach (var row in inProgress)
        {
            foreach (var key in KeysOf(row))
            {
                stillOpen[key] = stillOpen.GetValueOrDefault(key) + 1;
            }
        }

        var figures = new List<Figure>(stored.Count + stillOpen.Count);
        foreach (var figure in stored)
        {
            if (figure.Outcome.Length > 0)
            {
                figures.Add(figure);
                continue;
            }

            var open = Math.Min(stillOpen.GetValueOrDefault((figure.Day, figure.Dimension, figure.Value)), figure.Count);
            figures.Add(figure with { Outcome = Outcomes.Abandoned, Count = figure.Count - open });
            figures.Add(figure with { Outcome = Outcomes.InProgress, Count = open });
        }

        return figures;
    }

    private static IEnumerable<(DateOnly, string, string)> KeysOf(InProgress row)
    {
        yield return (row.Day, FigureKey.All, string.Empty);
        yield return (row.Day, FigureKey.Symptom, row.Symptom ?? string.Empty);
        yield return (row.Day, FigureKey.Channel, row.Channel);
        yield return (row.Day, FigureKey.Language, row.Language ?? string.Empty);
        if (row.Reason is { } reason)
        {
            yield return (row.Day, FigureKey.Reason, reason);
        }

        if (row.Rating is { } rating)
        {
            yield return (row.Day, FigureKey.Rating, rating.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static OutcomeCounts OutcomesOf(IReadOnlyCollection<Figure> figures)
    {
        int Of(string outcome) => figures.Where(f => f.Outcome == outcome).Sum(f => f.Count);
        return new OutcomeCounts(Of(Outcomes.Resolved), Of(Outcomes.Escalated), Of(Outcomes.Abandoned), Of(Outcomes.OutOfScope), Of(Outcomes.InProgress));
    }

    private static List<LabelCount> Counts(IEnumerable<Figure> figures, string dimension) =>
        [.. figures.Where(f => f.Dimension == dimension && f.Value.Length > 0)
            .GroupBy(f => f.Value)
            .Select(g => new LabelCount(g.Key, g.Sum(f => f.Count)))
            .Where(c => c.Count > 0)
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Label, StringComparer.Ordinal)];

    /// <summary>A funnel per flow, its steps in order: known flows in menu order, then any the facts hold that the bot no longer has.</summary>
    private static List<FlowFunnel> Funnels(IReadOnlyList<FlowGroup> flows, FlowSteps steps)
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
                    StoppedWith(o => o == Outcomes.Resolved),
                    StoppedWith(o => o == Outcomes.Escalated),
                    StoppedWith(o => o is not null and not Outcomes.Resolved and not Outcomes.Escalated));
            }).ToList();
            funnels.Add(new FlowFunnel(flow, ofFlow.Sum(f => f.Count), funnelSteps));
        }

        return funnels;
    }
}
