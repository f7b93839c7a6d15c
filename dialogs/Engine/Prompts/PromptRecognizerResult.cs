namespace SupportBot.Dialogs.Engine;

/// <summary>What a prompt made of the user's answer.</summary>
/// <typeparam name="T">The kind of answer.</typeparam>
/// <param name="Succeeded">Whether the answer was understood.</param>
/// <param name="Value">The understood answer, when <paramref name="Succeeded"/>.</param>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default);
