using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.State;

/// <summary>
/// The state a turn loaded for one <see cref="BotState"/> scope, kept in the turn's state, with a note of whether the
/// turn may have changed it.
/// </summary>
internal sealed class TrackedStateCache(IDictionary<string, object> values, bool changed)
{
    public IDictionary<string, object> Values { get; } = values;

    /// <summary>
    /// True once a property was set or deleted, or an object was handed out (the turn may change it in place);
    /// reading a string, a number or a missing property leaves it false.
    /// </summary>
    public bool MayHaveChanged { get; set; } = changed;
}
