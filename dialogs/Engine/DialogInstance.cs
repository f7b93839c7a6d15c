using Newtonsoft.Json;

namespace SupportBot.Dialogs.Engine;

/// <summary>One entry of the persisted dialog stack: which dialog, and its own state.</summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog in its <see cref="DialogSet"/>.</summary>
    [JsonProperty("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>
    /// The dialog's persisted state. After a round trip through storage, values come back as
    /// JSON tokens or primitives; read them with <see cref="StateValue"/>.
    /// </summary>
    [JsonProperty("state")]
    public IDictionary<string, object?> State { get; set; } = new Dictionary<string, object?>();
}
