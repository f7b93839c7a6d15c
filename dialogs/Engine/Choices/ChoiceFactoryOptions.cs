namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>
/// Separators for inline and list rendering. The defaults use no words of any language; a flow that
/// wants "A, B or C" supplies the words from its content.
/// </summary>
public sealed class ChoiceFactoryOptions
{
    /// <summary>Between inline choices except the last two; default a space.</summary>
    public string InlineSeparator { get; init; } = " ";

    /// <summary>Between the last two inline choices when there are exactly two; default a space.</summary>
    public string InlineOr { get; init; } = " ";

    /// <summary>Between the last two inline choices when there are more than two; default a space.</summary>
    public string InlineOrMore { get; init; } = " ";

    /// <summary>Whether inline and list choices are numbered; default true (users may answer with the number).</summary>
    public bool IncludeNumbers { get; init; } = true;
}
