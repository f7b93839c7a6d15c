using System.Globalization;
using SupportBot.Bot.Analytics.Queries;

namespace SupportBot.Bot.Console;

/// <summary>
/// The dashboard's period from the query string: <c>days=7|30|90</c> (up to today), or <c>from</c> and <c>to</c>
/// dates; anything else is the last 7 days. The comparison is the period of the same length just before it.
/// </summary>
public sealed record DashboardPeriod(ReportingPeriod Current, int? Days, bool Invalid)
{
    public static readonly int[] DayChoices = [7, 30, 90];

    public const int DefaultDays = 7;

    /// <summary>The longest custom period: a year, leap day included.</summary>
    public const int MaxDays = 366;

    public ReportingPeriod Previous => new(Current.From.AddDays(-Current.Days), Current.From.AddDays(-1));

    public static DashboardPeriod Read(IQueryCollection query, DateOnly today)
    {
        var from = ConversationQuery.Date(query["from"]);
        var to = ConversationQuery.Date(query["to"]);
        if (from is not null || to is not null)
        {
            if (from is { } first && to is { } last && first <= last && last.DayNumber - first.DayNumber < MaxDays)
            {
                return new DashboardPeriod(new ReportingPeriod(first, last), null, false);
            }

            return LastDays(DefaultDays, today, invalid: true);
        }

        var days = int.TryParse(query["days"], NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && DayChoices.Contains(asked) ? asked : DefaultDays;
        return LastDays(days, today, invalid: false);
    }

    private static DashboardPeriod LastDays(int days, DateOnly today, bool invalid) =>
        new(new ReportingPeriod(today.AddDays(1 - days), today), days, invalid);
}
