using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>A small store item for storage tests.</summary>
public sealed class CounterItem : IStoreItem
{
    public int Count { get; set; }

    public string? Text { get; set; }

    public string? ETag { get; set; }
}
