using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Security;

/// <summary>What <see cref="ActivityBodyReader"/> made of a request to <c>/api/messages</c>: the one Activity the turn runs on, or why it is refused.</summary>
internal sealed record ActivityReadResult(Activity? Activity, int Status, string? Problem)
{
    private static readonly object ItemKey = new();

    public static ActivityReadResult Valid(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityReadResult Rejected(int status, string problem) => new(null, status, problem);

    public static ActivityReadResult? From(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) ? value as ActivityReadResult : null;

    public void StoreIn(HttpContext context) => context.Items[ItemKey] = this;
}
