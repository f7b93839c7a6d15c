using SupportBot.Dialogs.State;

namespace SupportBot.Bot.Storage;

/// <summary>
/// Types of stored state that have moved since documents were written with their names: a stored conversation names
/// the type where it was then, and still loads.
/// </summary>
internal static class MovedStateTypes
{
    private static readonly Dictionary<(string Assembly, string Type), Type> Moved = new()
    {
        [("SupportBot.Bot", "SupportBot.Bot.Bots.ConversationProfile")] = typeof(ConversationProfile),
    };

    public static Type? Find(string? assemblyName, string typeName) =>
        assemblyName is not null && Moved.TryGetValue((assemblyName, typeName), out var type) ? type : null;
}
