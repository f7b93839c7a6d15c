using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Engine;

/// <summary>Finds which of a prompt's choices an answer names. The engine ships no word lists: the product supplies them.</summary>
public interface IChoiceRecognizer
{
    /// <summary>The choice named by <paramref name="utterance"/>, or null when none or several match equally.</summary>
    FoundChoice? Recognize(string? utterance, IList<Choice> choices);
}
