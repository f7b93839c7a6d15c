namespace SupportBot.Dialogs.Flows.Cases;

/// <summary>The problem being worked on in a conversation and what has been tried for it.</summary>
internal sealed class SupportCase
{
    public string? Symptom { get; set; }

    /// <summary>Keys under <c>summary.tried.*</c>, in the order they happened.</summary>
    public List<string> Tried { get; set; } = [];
}
