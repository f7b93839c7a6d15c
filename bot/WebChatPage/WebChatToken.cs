using System.Text.Json.Serialization;

namespace SupportBot.Bot.WebChatPage;

/// <summary>What the page needs to open Web Chat: a conversation token and, for Azure, the Direct Line domain.</summary>
internal sealed record WebChatToken(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("domain")] string? Domain);

/// <summary>The page's request: the user id it keeps and the language it shows.</summary>
internal sealed record WebChatTokenRequest(
    [property: JsonPropertyName("userId")] string? UserId,
    [property: JsonPropertyName("locale")] string? Locale);

/// <summary>Issues the token a page load needs; the Direct Line secret never reaches the browser.</summary>
internal interface IWebChatTokenIssuer
{
    Task<WebChatToken> IssueAsync(string userId, string locale, CancellationToken cancellationToken);
}
