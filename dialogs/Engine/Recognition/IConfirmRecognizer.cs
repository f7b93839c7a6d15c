namespace SupportBot.Dialogs.Engine;

/// <summary>Reads yes or no in an answer, for <see cref="ConfirmPrompt"/>.</summary>
public interface IConfirmRecognizer
{
    /// <summary>True for yes, false for no, null when the answer is neither or ambiguous.</summary>
    bool? Recognize(string? utterance);
}
