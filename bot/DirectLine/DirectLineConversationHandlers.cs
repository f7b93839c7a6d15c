using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.DirectLine;

/// <summary><c>POST conversations</c> (start) and <c>GET conversations/{id}</c> (resume or reconnect).</summary>
internal static class DirectLineConversationHandlers
{
    public static async Task<Results<DirectLineJsonResult<DirectLineConversationResponse>, DirectLineErrorResult>> StartAsync(
        HttpContext http, DirectLineRequestReader reader, DirectLineConversations conversations, DirectLineTokens tokens,
        IDirectLineConversationStore store, DirectLineQuotas quotas, DirectLinePublicAddress address)
    {
        if (address.BaseFor(http.Request) is not { } baseAddress)
        {
            return DirectLinePublicAddress.UntrustedHost();
        }

        var (start, error) = await reader.ReadStartAsync(http.Request, http.RequestAborted);
        if (error is not null)
        {
            return error;
        }

        // With a token the conversation is the token's (allocated by tokens/generate); with the secret, a new one.
        var caller = http.GetDirectLineCaller();
        var conversationId = caller.ConversationId ?? DirectLineConversations.NewConversationId();
        if (await store.FindAsync(conversationId, http.RequestAborted) is null
            && await quotas.TryOpenAsync(conversationId, caller, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", http.RequestAborted) is { } tooMany)
        {
            return tooMany;
        }

        var userId = caller.UserId ?? NonEmpty(start!.User?.Id) ?? DirectLineConversations.NewUserId();
        var user = new ChannelAccount(userId, start!.User?.Name, RoleTypes.User);
        var (conversation, started) = await conversations.StartAsync(
            conversationId, user, caller.Locale ?? start.Locale, baseAddress, CancellationToken.None);

        var token = tokens.Issue(conversation.Id, caller.UserId, caller.Locale ?? conversation.Locale);
        var body = new DirectLineConversationResponse(
            conversation.Id, token, tokens.LifetimeSeconds, DirectLinePublicAddress.StreamUrl(baseAddress, conversation.Id, token, watermark: null));
        return new DirectLineJsonResult<DirectLineConversationResponse>(
            body, started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    public static async Task<Results<DirectLineJsonResult<DirectLineConversationResponse>, DirectLineErrorResult>> ResumeAsync(
        string conversationId, string? watermark, HttpContext http, IDirectLineConversationStore store, DirectLineTokens tokens,
        DirectLinePublicAddress address)
    {
        if (address.BaseFor(http.Request) is not { } baseAddress)
        {
            return DirectLinePublicAddress.UntrustedHost();
        }

        if (!DirectLineRequests.TryParseWatermark(watermark, out _))
        {
            return DirectLineRequests.BadWatermark();
        }

        var conversation = await store.FindAsync(conversationId, http.RequestAborted);
        if (conversation is null)
        {
            return DirectLineRequests.UnknownConversation();
        }

        var caller = http.GetDirectLineCaller();
        var token = tokens.Issue(conversation.Id, caller.UserId, caller.Locale ?? conversation.Locale);
        var body = new DirectLineConversationResponse(
            conversation.Id, token, tokens.LifetimeSeconds, DirectLinePublicAddress.StreamUrl(baseAddress, conversation.Id, token, watermark));
        return new DirectLineJsonResult<DirectLineConversationResponse>(body);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
