namespace SupportBot.Dialogs.Engine;

/// <summary>Spots help, cancel and talk-to-a-person requests, for <see cref="InterruptibleComponentDialog"/>.</summary>
public interface IInterruptionRecognizer
{
    /// <summary>What <paramref name="utterance"/> asks for; <see cref="InterruptionKind.None"/> for ordinary answers.</summary>
    InterruptionKind Recognize(string? utterance);
}
