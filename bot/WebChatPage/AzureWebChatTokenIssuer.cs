using System.Net.Http.Headers;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.WebChatPage;

/// <summary>
/// Exchanges the Azure Bot Service Direct Line secret for a conversation token
/// (<c>POST tokens/generate</c>, user bound), server-side, so the page only ever sees the token.
/// </summary>
internal sealed class AzureWebChatTokenIssuer(HttpClient http, IOptions<WebChatOptions> options) : IWebChatTokenIssuer
{
    public async Task<WebChatToken> IssueAsync(string userId, string locale, CancellationToken cancellationToken)
    {
        var endpoint = options.Value.DirectLineEndpoint.ToString().TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{endpoint}/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = userId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.DirectLineSecret);

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var generated = await response.Content.ReadFromJsonAsync<Generated>(cancellationToken)
            ?? throw new HttpRequestException("Direct Line answered tokens/generate with an empty body.");
        return new WebChatToken(generated.Token, generated.ConversationId, generated.ExpiresIn, userId, endpoint);
    }

    private sealed record Generated(
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
