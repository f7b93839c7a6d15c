namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>The choice a user picked.</summary>
/// <param name="Value">The <see cref="Choice.Value"/> of the picked choice.</param>
/// <param name="Index">Its zero-based position in the list offered.</param>
/// <param name="Score">How sure the match is, from 0 to 1 (1 for an exact value, title, synonym or number).</param>
/// <param name="Synonym">The value, title or synonym that matched, if any.</param>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null);
