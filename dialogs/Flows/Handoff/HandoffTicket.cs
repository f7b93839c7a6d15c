namespace SupportBot.Dialogs.Flows.Handoff;

/// <summary>What a person taking over needs: the symptom, what was already tried, and the reference shown to the user.</summary>
internal sealed record HandoffTicket(string Id, string Symptom, string Summary);
