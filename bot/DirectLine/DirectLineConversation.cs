namespace SupportBot.Bot.DirectLine;

/// <summary>A Direct Line conversation: who it is with and in which language it started.</summary>
/// <param name="Id">The conversation id, as in activities and URLs.</param>
/// <param name="UserId">The user's account id.</param>
/// <param name="Locale">The locale the page asked for (<c>ja-JP</c>, <c>en-US</c>), if any.</param>
/// <param name="StartedAt">When the conversation was started.</param>
/// <param name="EndedAt">When an <c>endOfConversation</c> ended it (no more posts then), or null.</param>
internal sealed record DirectLineConversation(string Id, string UserId, string? Locale, DateTimeOffset StartedAt, DateTimeOffset? EndedAt = null);
