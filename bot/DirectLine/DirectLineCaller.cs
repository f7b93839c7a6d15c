namespace SupportBot.Bot.DirectLine;

/// <summary>
/// Who is calling the Direct Line API: the holder of the secret (every conversation), or the
/// holder of a token for one conversation. Put on the request by <see cref="DirectLineAuthFilter"/>.
/// </summary>
/// <param name="IsSecret">The bearer was the channel secret.</param>
/// <param name="ConversationId">The only conversation a token grants, null for the secret.</param>
/// <param name="UserId">The user a token was issued to, if bound to one.</param>
/// <param name="Locale">The locale a token was issued for, if any.</param>
internal sealed record DirectLineCaller(bool IsSecret, string? ConversationId, string? UserId, string? Locale)
{
    public static DirectLineCaller Secret { get; } = new(true, null, null, null);

    public bool CanAccess(string conversationId) => IsSecret || string.Equals(ConversationId, conversationId, StringComparison.Ordinal);
}

internal static class DirectLineCallerHttpContextExtensions
{
    /// <summary>The caller the auth filter admitted (filters run after parameter binding, so this is read here).</summary>
    public static DirectLineCaller GetDirectLineCaller(this HttpContext context) =>
        context.Items[typeof(DirectLineCaller)] as DirectLineCaller
        ?? throw new InvalidOperationException("The Direct Line auth filter did not run for this endpoint.");
}
