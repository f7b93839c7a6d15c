using Microsoft.AspNetCore.Mvc.RazorPages;
using SupportBot.Bot.Analytics.Queries;

namespace SupportBot.Bot.Console.Pages;

/// <summary><c>/admin</c>: the dashboard over a period (last 7/30/90 days or dates), compared with the period before it.</summary>
internal sealed class DashboardModel(ConversationFactsQueries queries, ConsoleTexts texts) : PageModel
{
    public bool Available => queries.Available;

    public DashboardPeriod Period { get; private set; } = null!;

    public DashboardFigures? Figures { get; private set; }

    public DashboardFigures? Previous { get; private set; }

    public string Language => ConsoleTexts.LanguageOf(Request);

    public string Text(string key) => texts.Get(Language, key);

    public string Label(string kind, string? value) => texts.Label(Language, kind, value);

    public string ChartsJson => Figures is null ? "{}" : DashboardCharts.Json(Figures, texts, Language);

    public async Task OnGetAsync()
    {
        Period = DashboardPeriod.Read(Request.Query, queries.Today());
        if (!queries.Available)
        {
            return;
        }

        Figures = await queries.DashboardAsync(Period.Current, HttpContext.RequestAborted);
        Previous = await queries.DashboardAsync(Period.Previous, HttpContext.RequestAborted);
    }
}
