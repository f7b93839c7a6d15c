using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Engine;

/// <summary>What a prompt asks, how it offers choices and how long it keeps asking.</summary>
public sealed class PromptOptions
{
    /// <summary>The default for <see cref="MaxAttempts"/>.</summary>
    public const int DefaultMaxAttempts = 3;

    /// <summary>The question sent when the prompt begins or is reprompted.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent instead of <see cref="Prompt"/> after an answer that was not understood; <see cref="Prompt"/> when null.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices offered (choice prompts; for a confirm prompt, the yes and the no button in that order).</summary>
    public List<Choice>? Choices { get; set; }

    /// <summary>How choices are shown; default <see cref="ListStyle.Auto"/> (by channel).</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>
    /// How many answers the user may give before the prompt gives up; default
    /// <see cref="DefaultMaxAttempts"/>; <c>null</c> asks forever. When the attempts run out the
    /// prompt ends with a <c>null</c> result: the calling step's <see cref="WaterfallStepContext.Result"/>
    /// is <c>null</c>, meaning "no useful answer" (escalate, offer a person).
    /// </summary>
    public int? MaxAttempts { get; set; } = DefaultMaxAttempts;

    /// <summary>Free data for a <see cref="PromptValidator{T}"/> (after a turn boundary, a JSON token).</summary>
    public object? Validations { get; set; }
}
