namespace SupportBot.Dialogs.Flows.Cases;

/// <summary>The problem being worked on in a conversation, what the person was shown and said, and what they told us in passing.</summary>
internal sealed class SupportCase
{
    public string? Symptom { get; set; }

    /// <summary>Keys under <c>summary.tried.*</c>, in the order they happened.</summary>
    public List<string> Tried { get; set; } = [];

    /// <summary>The device the person named (see <see cref="Understanding.Devices"/>), so it is not asked again.</summary>
    public string? Device { get; set; }

    /// <summary>The person said they know their registered email address, so it is not asked again.</summary>
    public bool EmailKnown { get; set; }
}
