using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>One option offered by a choice prompt.</summary>
public sealed class Choice
{
    /// <summary>Creates an empty choice (for deserialisation).</summary>
    public Choice()
    {
    }

    /// <summary>Creates a choice whose value is also its button title.</summary>
    public Choice(string value)
    {
        Value = value;
    }

    /// <summary>The value returned in <see cref="FoundChoice.Value"/>; also the title when <see cref="Action"/> is null.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>The button to show instead of the default imBack of <see cref="Value"/>.</summary>
    public CardAction? Action { get; set; }

    /// <summary>Other words the user may type for this choice.</summary>
    public List<string>? Synonyms { get; set; }

    /// <summary>What the user sees: the action's title, else the value.</summary>
    internal string Title => string.IsNullOrEmpty(Action?.Title) ? Value : Action.Title;
}
