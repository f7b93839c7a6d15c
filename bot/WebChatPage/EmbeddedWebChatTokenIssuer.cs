using SupportBot.Bot.DirectLine;

namespace SupportBot.Bot.WebChatPage;

/// <summary>A token for a new conversation on the embedded Direct Line, bound to the user and locale.</summary>
internal sealed class EmbeddedWebChatTokenIssuer(DirectLineTokens tokens) : IWebChatTokenIssuer
{
    public Task<WebChatToken> IssueAsync(string userId, string locale, CancellationToken cancellationToken)
    {
        var conversationId = DirectLineConversations.NewConversationId();
        var token = tokens.Issue(conversationId, userId, locale);
        return Task.FromResult(new WebChatToken(token, conversationId, tokens.LifetimeSeconds, userId, Domain: null));
    }
}
