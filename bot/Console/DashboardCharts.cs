using System.Text.Json;
using SupportBot.Bot.Analytics.Queries;

namespace SupportBot.Bot.Console;

/// <summary>
/// The dashboard's chart data, labelled in the page's language, as the JSON block <c>dashboard.js</c> draws from
/// (the same figures the page also shows as text).
/// </summary>
public static class DashboardCharts
{
    public static string Json(DashboardFigures figures, ConsoleTexts texts, string language)
    {
        string T(string key) => texts.Get(language, key);
        var days = figures.Days.Select(d => d.Day.ToString(ConversationQuery.DateFormat, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        static double Percent(double rate) => Math.Round(rate * 100, 1);
        var charts = new Dictionary<string, Chart>
        {
            ["conversationsPerDay"] = new(days, [new Series(T("figure.conversations"), [.. figures.Days.Select(d => (double)d.Conversations)])]),
            ["ratesPerDay"] = new(days,
            [
                new Series(T("rate.resolution"), [.. figures.Days.Select(d => Percent(d.Outcomes.ResolutionRate))]),
                new Series(T("rate.escalation"), [.. figures.Days.Select(d => Percent(d.Outcomes.EscalationRate))]),
                new Series(T("rate.abandonment"), [.. figures.Days.Select(d => Percent(d.Outcomes.AbandonmentRate))]),
                new Series(T("rate.outOfScope"), [.. figures.Days.Select(d => Percent(d.Outcomes.OutOfScopeRate))]),
            ]),
            ["csat"] = new(["1", "2", "3", "4", "5"], [new Series(T("figure.csatDistribution"), [.. figures.Satisfaction.Distribution.Select(n => (double)n)])]),
            ["symptoms"] = Split(figures.Symptoms, value => texts.Label(language, "symptom", value), T("figure.symptoms")),
            ["reasons"] = Split(figures.EscalationReasons, value => texts.Label(language, "reason", value), T("figure.reasons")),
            ["languages"] = Split(figures.Languages, value => texts.Label(language, "language", value), T("figure.languages")),
            ["channels"] = Split(figures.Channels, value => value, T("figure.channels")),
        };
        foreach (var funnel in figures.Funnels)
        {
            charts["funnel-" + funnel.Flow] = new(
                [.. funnel.Steps.Select(step => texts.Label(language, "step", step.Name))],
                [
                    new Series(T("funnel.continued"), [.. funnel.Steps.Select(s => (double)(s.Reached - s.StoppedOpen - s.StoppedResolved - s.StoppedEscalated - s.StoppedOther))]),
                    new Series(T("funnel.stoppedResolved"), [.. funnel.Steps.Select(s => (double)s.StoppedResolved)]),
                    new Series(T("funnel.stoppedEscalated"), [.. funnel.Steps.Select(s => (double)s.StoppedEscalated)]),
                    new Series(T("funnel.stoppedOpen"), [.. funnel.Steps.Select(s => (double)s.StoppedOpen)]),
                    new Series(T("funnel.stoppedOther"), [.. funnel.Steps.Select(s => (double)s.StoppedOther)]),
                ]);
        }

        // The default encoder escapes < > & ' " as \uXXXX, so the block cannot close its <script> element whatever a channel id holds.
        return JsonSerializer.Serialize(charts, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static Chart Split(IReadOnlyList<LabelCount> counts, Func<string, string> label, string title) =>
        new([.. counts.Select(c => label(c.Label))], [new Series(title, [.. counts.Select(c => (double)c.Count)])]);

    public sealed record Chart(IReadOnlyList<string> Labels, IReadOnlyList<Series> Datasets);

    public sealed record Series(string Label, IReadOnlyList<double> Data);
}
