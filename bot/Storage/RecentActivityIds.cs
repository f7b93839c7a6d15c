using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Storage;

/// <summary>The ids of the latest activities handled in one conversation, oldest first.</summary>
internal sealed class RecentActivityIds : IStoreItem
{
    public List<string> Ids { get; set; } = [];

    public string? ETag { get; set; }

    /// <summary>Adds <paramref name="activityId"/>, forgetting the oldest ids beyond <paramref name="capacity"/>.</summary>
    public void Remember(string activityId, int capacity)
    {
        Ids.Add(activityId);
        if (Ids.Count > capacity)
        {
            Ids.RemoveRange(0, Ids.Count - capacity);
        }
    }
}
