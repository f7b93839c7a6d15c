namespace SupportBot.Dialogs.Understanding;

/// <summary>
/// What an answer to one of the bot's questions means: the labels of the answer model
/// (<c>Content/Answers/train.jsonl</c>). Each prompt decides what a kind means for its own question.
/// </summary>
public static class AnswerKinds
{
    /// <summary>Affirmative, or a good outcome (はい, 届きました, it worked), hedged or not.</summary>
    public const string Yes = "yes";

    /// <summary>Negative, or a bad outcome (いいえ, 来てないと思う, still can't), hedged or not.</summary>
    public const string No = "no";

    /// <summary>They cannot tell or cannot check (わからない, not sure).</summary>
    public const string DontKnow = "dont_know";

    /// <summary>The security code / reset email did not arrive.</summary>
    public const string NoCode = "no_code";

    /// <summary>Show the steps again.</summary>
    public const string Repeat = "repeat";

    /// <summary>Thanks, or "I'll try it now", without an outcome.</summary>
    public const string Thanks = "thanks";

    /// <summary>Not an answer: a question, another problem, a request, anything else.</summary>
    public const string Other = "other";

    /// <summary>Every kind, in a stable order (reports and confusion matrices).</summary>
    public static IReadOnlyList<string> All { get; } = [Yes, No, DontKnow, NoCode, Repeat, Thanks, Other];
}
