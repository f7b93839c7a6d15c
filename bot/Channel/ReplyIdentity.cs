using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Channel;

/// <summary>
/// Gives an outgoing activity an id before its first attempt, so every retry of that POST carries
/// the same id and a channel that deduplicates by id keeps one copy. Bot Framework channels in
/// general do not promise to deduplicate, so this narrows but does not close the window in which
/// a retry after a timed-out attempt that the channel did process shows a reply twice.
/// </summary>
internal static class ReplyIdentity
{
    public const string Prefix = "sb-";

    public static void Stamp(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            activity.Id = Prefix + Guid.CreateVersion7().ToString("N");
        }
    }
}
