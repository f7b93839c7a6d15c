using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>Renders a list of choices as the channel shows them best, like the Bot Framework's ChoiceFactory.</summary>
public static class ChoiceFactory
{
    /// <summary>
    /// Suggested actions where the channel has them (Web Chat, Direct Line, Emulator, test; Teams for
    /// up to 3), else a hero card with imBack buttons where it has card actions, else the choices in the
    /// text: inline for up to 3, a numbered list beyond. Any title longer than
    /// <see cref="ChannelCapabilities.MaxActionTitleLength"/> characters makes it a list.
    /// </summary>
    public static IMessageActivity ForChannel(string? channelId, IList<Choice> choices, string? text = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var longTitles = choices.Any(c => c.Title.Length > ChannelCapabilities.MaxActionTitleLength);
        if (!longTitles && ChannelCapabilities.SupportsSuggestedActions(channelId, choices.Count))
        {
            return SuggestedAction(choices, text);
        }

        if (!longTitles && ChannelCapabilities.SupportsCardActions(channelId, choices.Count))
        {
            return HeroCard(choices, text);
        }

        return !longTitles && choices.Count <= 3 ? Inline(choices, text, options) : List(choices, text, options);
    }

    /// <summary>The text followed by the choices on one line: "text (1) A (2) B".</summary>
    public static IMessageActivity Inline(IList<Choice> choices, string? text = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new ChoiceFactoryOptions();
        var builder = new System.Text.StringBuilder(text ?? string.Empty);
        for (var i = 0; i < choices.Count; i++)
        {
            var separator = i == 0 ? (builder.Length > 0 ? " " : string.Empty)
                : i < choices.Count - 1 ? options.InlineSeparator
                : choices.Count == 2 ? options.InlineOr : options.InlineOrMore;
            builder.Append(separator);
            builder.Append(options.IncludeNumbers ? $"({i + 1}) {choices[i].Title}" : choices[i].Title);
        }

        return TextOnly(builder.ToString());
    }

    /// <summary>The text followed by a numbered list, one choice a line.</summary>
    public static IMessageActivity List(IList<Choice> choices, string? text = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new ChoiceFactoryOptions();
        var lines = choices.Select((c, i) => options.IncludeNumbers ? $"{i + 1}. {c.Title}" : $"- {c.Title}");
        var list = string.Join("\n", lines);
        return TextOnly(string.IsNullOrEmpty(text) ? list : $"{text}\n\n{list}");
    }

    /// <summary>The text with the choices as suggested actions.</summary>
    public static IMessageActivity SuggestedAction(IList<Choice> choices, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return MessageFactory.SuggestedActions(ToActions(choices), text, ssml: null, inputHint: InputHints.ExpectingInput, toList: null);
    }

    /// <summary>A hero card carrying the text and one imBack button per choice.</summary>
    public static IMessageActivity HeroCard(IList<Choice> choices, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var card = new HeroCard(text: text, buttons: ToActions(choices).ToList());
        return MessageFactory.Attachment(card.ToAttachment(), inputHint: InputHints.ExpectingInput);
    }

    /// <summary>Choices whose values are <paramref name="values"/>.</summary>
    public static List<Choice> ToChoices(IEnumerable<string> values)
        => values?.Select(v => new Choice(v)).ToList() ?? [];

    internal static IMessageActivity TextOnly(string text)
        => MessageFactory.Text(text, inputHint: InputHints.ExpectingInput);

    private static IEnumerable<CardAction> ToActions(IEnumerable<Choice> choices)
        => choices.Select(c => c.Action ?? new CardAction(ActionTypes.ImBack, c.Value, value: c.Value));
}
