namespace SupportBot.Dialogs.Localization;

/// <summary>
/// The key of a text in Content/Texts/{ja,en}.json. Code asks for texts only through <see cref="TextKeys"/>, so a
/// test can list every key the code can ask for and prove each exists in every language.
/// </summary>
public readonly record struct TextKey(string Value)
{
    /// <summary>The question in other words, asked when the first answer was not understood (<c>{key}.retry</c>).</summary>
    public TextKey Retry => new(Value + ".retry");

    public override string ToString() => Value;
}
