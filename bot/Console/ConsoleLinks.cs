using Microsoft.AspNetCore.WebUtilities;

namespace SupportBot.Bot.Console;

/// <summary>Links between console pages.</summary>
public static class ConsoleLinks
{
    /// <summary>The current page in <paramref name="language"/>: same path and query, <c>lang</c> replaced.</summary>
    public static string WithLanguage(HttpRequest request, string language)
    {
        var query = request.Query.Where(pair => pair.Key != "lang").SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value)));
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, query.Append(KeyValuePair.Create("lang", (string?)language)));
    }

    /// <summary>A conversation's page; ids are escaped (channel and conversation ids come from outside).</summary>
    public static string Conversation(string channelId, string conversationId, string language) =>
        $"/admin/conversations/{Uri.EscapeDataString(channelId)}/{Uri.EscapeDataString(conversationId)}?lang={language}";
}
