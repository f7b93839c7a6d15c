using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Conversations;

/// <summary>
/// One thing a turn's replies must show, written in the conversation file as:
/// <c>content.key</c> (that text is among the replies; placeholders match anything), <c>!content.key</c>
/// (it is not), <c>card</c> / <c>!card</c> (the handoff card and its <c>handoff.initiate</c> event),
/// <c>summary:key</c> / <c>!summary:key</c> (the agent's summary says <c>summary.tried.key</c>), and
/// <c>trace:label</c> (the <c>SymptomClassifier</c> trace's top label, on the Emulator channel); <c>a|b</c>: either
/// holds (for a message where two behaviours are both right).
/// </summary>
internal sealed partial class TurnExpectation
{
    private const string CardItem = "card";
    private const string SummaryPrefix = "summary:";
    private const string TracePrefix = "trace:";

    private readonly Func<IReadOnlyList<Activity>, bool> _holds;

    private TurnExpectation(string written, Func<IReadOnlyList<Activity>, bool> holds)
    {
        Written = written;
        _holds = holds;
    }

    /// <summary>As written in the file.</summary>
    public string Written { get; }

    public bool HoldsFor(IReadOnlyList<Activity> replies) => _holds(replies);

    /// <summary>Reads <paramref name="written"/>; an unknown content key is an error in the file, not a failed turn.</summary>
    public static TurnExpectation Parse(string written, string language, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(written);
        if (written.Contains('|', StringComparison.Ordinal))
        {
            var alternatives = written.Split('|').Select(alternative => Parse(alternative, language, texts)).ToList();
            return new TurnExpectation(written, replies => alternatives.Any(alternative => alternative.HoldsFor(replies)));
        }

        var negated = written.StartsWith('!');
        var item = negated ? written[1..] : written;
        Func<IReadOnlyList<Activity>, bool> present = item switch
        {
            CardItem => HasHandoff,
            _ when item.StartsWith(SummaryPrefix, StringComparison.Ordinal) =>
                SummarySays(texts.Raw(language, "summary.tried." + item[SummaryPrefix.Length..])),
            _ when item.StartsWith(TracePrefix, StringComparison.Ordinal) && !negated =>
                replies => replies.Any(a => a.Type == ActivityTypes.Trace && a.Name == SymptomClassifierTrace.Name && a.Label == item[TracePrefix.Length..]),
            _ => Shows(TemplatePattern(texts.Raw(language, item))),
        };
        return new TurnExpectation(written, negated ? replies => !present(replies) : present);
    }

    private static bool HasHandoff(IReadOnlyList<Activity> replies) =>
        replies.Any(a => a.Type == ActivityTypes.Event && a.Name == HandoffEventName)
        && replies.Any(a => a.Attachments?.Any(x => x.ContentType == AdaptiveCardContentType) == true);

    private static Func<IReadOnlyList<Activity>, bool> SummarySays(string tried) =>
        replies => replies.Where(a => a.Type == ActivityTypes.Event && a.Name == HandoffEventName)
            .Any(a => ((string?)JObject.FromObject(a.Value)["summary"])?.Contains(tried, StringComparison.Ordinal) == true);

    private static Func<IReadOnlyList<Activity>, bool> Shows(Regex pattern) =>
        replies => replies.Any(a => a.Type == ActivityTypes.Message && a.Text is { } text && pattern.IsMatch(text));

    // "わかりました。「{flow}」の手順に…": the literal parts in order, anything where a placeholder stands.
    private static Regex TemplatePattern(string template) =>
        new(string.Join(".*?", Placeholder().Split(template).Select(Regex.Escape)), RegexOptions.Singleline | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();

    private const string HandoffEventName = "handoff.initiate";
    private const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
}
