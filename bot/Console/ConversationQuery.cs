using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using SupportBot.Bot.Analytics.Queries;
using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Bot.Console;

/// <summary>
/// The conversation list's filters as the query string carries them (<c>outcome</c>, <c>symptom</c>, <c>channel</c>,
/// <c>from</c>, <c>to</c>, <c>page</c>), read the same way by the page and by the CSV export. A value that is not one
/// the facts can hold is ignored rather than matching nothing silently.
/// </summary>
public static class ConversationQuery
{
    public const int PageSize = 50;

    public static ConversationFilter Read(IQueryCollection query) => new(
        Date(query["from"]),
        Date(query["to"]),
        OneOf(query["outcome"], Outcomes.All),
        OneOf(query["symptom"], SymptomLabels.All),
        query["channel"].ToString() is { Length: > 0 } channel ? channel.Trim() : null,
        int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1,
        PageSize);

    /// <summary>The filter as a query string (without the page), for links to other pages, the export and the language switch.</summary>
    public static Dictionary<string, string?> Parameters(ConversationFilter filter) => new()
    {
        ["outcome"] = filter.Outcome,
        ["symptom"] = filter.Symptom,
        ["channel"] = filter.Channel,
        ["from"] = filter.From?.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["to"] = filter.To?.ToString(DateFormat, CultureInfo.InvariantCulture),
    };

    public static string Url(string path, ConversationFilter filter, string language, int? page = null)
    {
        var parameters = Parameters(filter).Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary();
        parameters["lang"] = language;
        if (page is > 1)
        {
            parameters["page"] = page.Value.ToString(CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString(path, parameters);
    }

    public const string DateFormat = "yyyy-MM-dd";

    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string? OneOf(string? value, IReadOnlyList<string> allowed) =>
        value is { Length: > 0 } && allowed.Contains(value, StringComparer.Ordinal) ? value : null;
}
