namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    /// <summary>No choices shown, just the prompt text.</summary>
    None,

    /// <summary>Chosen by channel (see <see cref="ChoiceFactory.ForChannel"/>).</summary>
    Auto,

    /// <summary>Numbered, on the same line as the text.</summary>
    Inline,

    /// <summary>A numbered list under the text.</summary>
    List,

    /// <summary>Suggested-action buttons that disappear once used.</summary>
    SuggestedAction,

    /// <summary>A hero card with imBack buttons.</summary>
    HeroCard,
}
