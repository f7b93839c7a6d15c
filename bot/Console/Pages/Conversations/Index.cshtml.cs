using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Analytics.Queries;

namespace SupportBot.Bot.Console.Pages.Conversations;

/// <summary><c>/admin/conversations</c>: conversations matching the filters, newest first, a page at a time.</summary>
internal sealed class ConversationsModel(ConversationFactsQueries queries, ConsoleTexts texts, IOptions<AnalyticsOptions> options) : PageModel
{
    public bool Available => queries.Available;

    public ConversationFilter Filter { get; private set; } = new();

    public ConversationPage? Conversations { get; private set; }

    public int PageCount => Conversations is null ? 0 : Math.Max(1, (Conversations.Total + Conversations.PageSize - 1) / Conversations.PageSize);

    public string Language => ConsoleTexts.LanguageOf(Request);

    public string Text(string key) => texts.Get(Language, key);

    public string Label(string kind, string? value) => texts.Label(Language, kind, value);

    public string Time(DateTimeOffset at) => ConsoleTime.Format(at, options.Value.ReportingUtcOffset);

    public string PageUrl(int page) => ConversationQuery.Url("/admin/conversations", Filter, Language, page);

    public string CsvUrl => ConversationQuery.Url("/admin/conversations.csv", Filter, Language);

    public async Task OnGetAsync()
    {
        Filter = ConversationQuery.Read(Request.Query);
        if (queries.Available)
        {
            Conversations = await queries.ConversationsAsync(Filter, HttpContext.RequestAborted);
        }
    }
}
