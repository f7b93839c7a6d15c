using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Engine;

/// <summary>Builds the activity a prompt sends, leaving the stored options untouched.</summary>
internal static class PromptActivity
{
    /// <summary>A copy of the prompt or retry prompt: sending stamps ids and addresses on an activity, which must not end up in state.</summary>
    public static Activity? Select(PromptOptions options, bool isRetry)
    {
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        return source is null ? null : ActivityCopy.Of(source);
    }

    /// <summary>The prompt with <paramref name="choices"/> rendered in <paramref name="style"/> for the channel.</summary>
    public static Activity WithChoices(Activity? prompt, string? channelId, IList<Choice> choices, ListStyle style, ChoiceFactoryOptions? factoryOptions = null)
    {
        var text = prompt?.Text ?? string.Empty;
        var rendered = (Activity)(style switch
        {
            ListStyle.Inline => ChoiceFactory.Inline(choices, text, factoryOptions),
            ListStyle.List => ChoiceFactory.List(choices, text, factoryOptions),
            ListStyle.SuggestedAction => ChoiceFactory.SuggestedAction(choices, text),
            ListStyle.HeroCard => ChoiceFactory.HeroCard(choices, text),
            ListStyle.None => ChoiceFactory.TextOnly(text),
            _ => ChoiceFactory.ForChannel(channelId, choices, text, factoryOptions),
        });

        if (prompt is not null)
        {
            rendered.Speak = prompt.Speak;
            rendered.Locale = prompt.Locale;
            foreach (var attachment in prompt.Attachments ?? [])
            {
                (rendered.Attachments ??= []).Add(attachment);
            }
        }

        rendered.InputHint = InputHints.ExpectingInput;
        return rendered;
    }
}
