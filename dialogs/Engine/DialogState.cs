using Newtonsoft.Json;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// The persisted dialog stack, serialised as <c>{"dialogStack":[{"id":…,"state":{…}}]}</c> with the
/// active (top) dialog at index 0, as in the Bot Framework.
/// </summary>
public sealed class DialogState
{
    /// <summary>The stack, top first.</summary>
    [JsonProperty("dialogStack")]
    public List<DialogInstance> DialogStack { get; set; } = [];
}
