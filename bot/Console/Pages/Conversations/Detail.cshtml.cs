using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Analytics.Queries;

namespace SupportBot.Bot.Console.Pages.Conversations;

/// <summary><c>/admin/conversations/{channelId}/{conversationId}</c>: a conversation's facts, the flows it entered and its redacted transcript.</summary>
internal sealed class ConversationDetailModel(ConversationFactsQueries queries, ConsoleTexts texts, IOptions<AnalyticsOptions> options) : PageModel
{
    public ConversationDetail? Detail { get; private set; }

    public string Language => ConsoleTexts.LanguageOf(Request);

    public string Text(string key) => texts.Get(Language, key);

    public string Label(string kind, string? value) => texts.Label(Language, kind, value);

    public string Time(DateTimeOffset at) => ConsoleTime.Format(at, options.Value.ReportingUtcOffset);

    public async Task<IActionResult> OnGetAsync(string channelId, string conversationId)
    {
        if (queries.Available)
        {
            Detail = await queries.ConversationAsync(channelId, conversationId, HttpContext.RequestAborted);
        }

        if (Detail is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
