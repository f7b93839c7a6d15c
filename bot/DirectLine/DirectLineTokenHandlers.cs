using Microsoft.AspNetCore.Http.HttpResults;

namespace SupportBot.Bot.DirectLine;

/// <summary><c>tokens/generate</c> (with the secret) and <c>tokens/refresh</c> (with a token).</summary>
internal static class DirectLineTokenHandlers
{
    public static async Task<Results<DirectLineJsonResult<DirectLineConversationResponse>, DirectLineErrorResult>> GenerateAsync(
        HttpContext http, DirectLineRequestReader reader, DirectLineTokens tokens)
    {
        if (!http.GetDirectLineCaller().IsSecret)
        {
            return DirectLineErrorResult.Forbidden("SecretRequired", "Generating a token needs the secret.");
        }

        var (start, error) = await reader.ReadStartAsync(http.Request, http.RequestAborted);
        if (error is not null)
        {
            return error;
        }

        var conversationId = DirectLineConversations.NewConversationId();
        var token = tokens.Issue(conversationId, start!.User?.Id, start.Locale);
        return new DirectLineJsonResult<DirectLineConversationResponse>(new(conversationId, token, tokens.LifetimeSeconds, null));
    }

    public static Results<DirectLineJsonResult<DirectLineConversationResponse>, DirectLineErrorResult> Refresh(
        HttpContext http, DirectLineTokens tokens)
    {
        var caller = http.GetDirectLineCaller();
        if (caller.IsSecret)
        {
            return DirectLineErrorResult.BadArgument("Refresh a token, not the secret.");
        }

        var token = tokens.Issue(caller.ConversationId!, caller.UserId, caller.Locale);
        return new DirectLineJsonResult<DirectLineConversationResponse>(new(caller.ConversationId!, token, tokens.LifetimeSeconds, null));
    }
}
