using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Understanding;

/// <summary>
/// Everything the bot makes of one message, worked out once per turn and used by every dialog:
/// what problem it describes, what it means as an answer, and the facts it states in passing.
/// </summary>
/// <param name="Text">The message as typed.</param>
/// <param name="Symptom">The symptom model's reading (labels in <see cref="SymptomLabels"/>).</param>
/// <param name="Answer">The answer model's reading (labels in <see cref="AnswerKinds"/>).</param>
/// <param name="IsGenericLoginProblem">A bare "I can't log in" that names no cause.</param>
/// <param name="MentionsLoginProblem">Says it cannot log in, whatever else it says.</param>
/// <param name="Command">Help, start over or a person, asked for as the whole message (never inside a description).</param>
/// <param name="Device">The device it names (<see cref="Devices"/>), or null.</param>
/// <param name="IsCorrection">It says something was wrong: 「…じゃなくて」, "it's not the …".</param>
/// <param name="SaysEmailKnown">It says the registered email address is known.</param>
/// <param name="IsOnlyFiller">Hesitation and nothing else («あのー、えっと», "hmm").</param>
public sealed record MessageUnderstanding(
    string Text,
    Prediction Symptom,
    Prediction Answer,
    bool IsGenericLoginProblem,
    bool MentionsLoginProblem,
    InterruptionKind Command,
    string? Device,
    bool IsCorrection,
    bool SaysEmailKnown,
    bool IsOnlyFiller)
{
    /// <summary>Symptom confidence at which a message asking for a person or the phone numbers is believed.</summary>
    public const double PersonConfidence = 0.7;

    /// <summary>Answer confidence at which a reply is taken as that kind of answer.</summary>
    public const double AnswerConfidence = 0.6;

    /// <summary>Letters and digits in a brief message: an answer on its own («はい», "not sure"), with no room for a description.</summary>
    public const int BriefLength = 10;

    /// <summary>The person asks for a human or for the phone numbers, wherever in the conversation they are.</summary>
    public bool AsksForPerson =>
        Command == InterruptionKind.HumanAgent
        || (Symptom.Label == SymptomLabels.HumanAgent && Symptom.Confidence >= PersonConfidence && !IsConfidentAnswer);

    /// <summary>The answer model is sure this is an answer (not <see cref="AnswerKinds.Other"/>).</summary>
    public bool IsConfidentAnswer => Answer.Label != AnswerKinds.Other && Answer.Confidence >= AnswerConfidence;

    /// <summary>Short enough to be only an answer («わかりました», "no thanks"), not a description of a problem.</summary>
    public bool IsBrief => Text.Count(char.IsLetterOrDigit) <= BriefLength;

    /// <summary>The answer kind when the answer model is sure of it, else null.</summary>
    public string? ConfidentAnswer => IsConfidentAnswer ? Answer.Label : null;
}
