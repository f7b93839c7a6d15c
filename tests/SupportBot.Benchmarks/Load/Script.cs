namespace SupportBot.Benchmarks.Load;

/// <summary>One turn of a scripted conversation: the user joins (null text) or types something.</summary>
internal readonly record struct ScriptedTurn(string? Text)
{
    public bool IsJoin => Text is null;
}

/// <summary>The support conversations the load is made of, taken in turn by every simulated user.</summary>
internal static class Script
{
    /// <summary>A symptom, the steps, "it worked", a rating.</summary>
    public static readonly ScriptedTurn[] Resolved =
        [new(null), new("パスワードを忘れてしまいました"), new("はい"), new("できた"), new("5")];

    /// <summary>A symptom, the steps, "it did not work": the handoff card with the phone numbers.</summary>
    public static readonly ScriptedTurn[] Handoff =
        [new(null), new("パスワードを忘れてしまいました"), new("はい"), new("ダメでした")];

    public static ScriptedTurn[] For(int conversationNumber) => conversationNumber % 2 == 0 ? Resolved : Handoff;
}
