using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Storage;

/// <summary>How a <see cref="BotState"/> dictionary is stored: the properties plus the ETag they were read with.</summary>
internal sealed class StateEnvelope : IStoreItem
{
    public Dictionary<string, object> State { get; set; } = [];

    public string? ETag { get; set; }
}
