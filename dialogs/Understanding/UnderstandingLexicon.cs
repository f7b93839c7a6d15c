using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Understanding;

/// <summary>
/// The facts a message can state in passing, found by the words in <c>Content/Lexicon/understanding.json</c>:
/// the device it is about, whether it corrects what the bot assumed, whether it says the email address is known.
/// </summary>
internal sealed class UnderstandingLexicon
{
    /// <summary>How far after "the email is known" a Japanese negation still belongs to it (把握して|いません).</summary>
    private const int NegationWindow = 6;

    // Device names decide before browser names: "Chrome on my PC" is a PC, "Chrome" alone the article's Android steps.
    private readonly (string Device, LexiconWords Words)[] _deviceWords;
    private readonly LexiconWords _corrections;
    private readonly LexiconWords _emailKnown;
    private readonly LexiconWords _negatedBefore;
    private readonly LexiconWords _negatedAfter;
    private readonly LexiconWords _fillers;

    internal UnderstandingLexicon(IReadOnlyDictionary<string, LexiconWords> lexicon)
    {
        _deviceWords =
        [
            (Devices.IPhone, lexicon["device.iphone"]),
            (Devices.Android, lexicon["device.android"]),
            (Devices.Other, lexicon["device.other"]),
            (Devices.IPhone, lexicon["browser.iphone"]),
            (Devices.Android, lexicon["browser.android"]),
        ];
        _corrections = lexicon["corrections"];
        _emailKnown = lexicon["emailKnown"];
        _negatedBefore = lexicon["negatedBefore"];
        _negatedAfter = lexicon["negatedAfter"];
        _fillers = lexicon["fillers"];
    }

    /// <summary>Loads the shipped word lists (Content/Lexicon/understanding.json); registered once by AddSupportDialogs.</summary>
    public static UnderstandingLexicon LoadEmbedded() => new(LexiconContent.Load("understanding.json"));

    /// <summary>The device named in <paramref name="cleanText"/> (see <see cref="Devices"/>), or null.</summary>
    public string? DeviceIn(string cleanText)
    {
        foreach (var (device, words) in _deviceWords)
        {
            if (words.All.Any(word => UtteranceText.ContainsWord(cleanText, word)))
            {
                return device;
            }
        }

        return null;
    }

    /// <summary>True when the message is hesitation and nothing else («あのー、えっと», "hmm so basically"): not yet a problem, nor off-topic.</summary>
    public bool IsOnlyFiller(string cleanText)
    {
        var rest = cleanText;
        foreach (var filler in _fillers.All)
        {
            rest = UtteranceText.HasJapanese(filler)
                ? rest.Replace(filler, " ", StringComparison.Ordinal)
                : string.Join(' ', rest.Split(' ').Where(word => word != filler));
        }

        return cleanText.Length > 0 && !rest.Any(char.IsLetterOrDigit);
    }

    /// <summary>True when the message says the bot (or the person) had it wrong: 「…じゃなくて」, "it's not the …".</summary>
    public bool IsCorrection(string cleanText) => _corrections.All.Any(word => UtteranceText.ContainsWord(cleanText, word));

    /// <summary>
    /// True when the message says the registered email address is known ("I know my email", 「メアドは把握しております」),
    /// and the phrase is not negated: "don't" before it, or 「…ていません」 right after it (Japanese negates at the end).
    /// </summary>
    public bool SaysEmailKnown(string cleanText)
    {
        foreach (var phrase in _emailKnown.All)
        {
            var at = UtteranceText.IndexOfWord(cleanText, phrase);
            if (at < 0)
            {
                continue;
            }

            var end = at + phrase.Length;
            var after = cleanText.AsSpan(end, Math.Min(NegationWindow, cleanText.Length - end)).ToString().Split(' ')[0];
            var negated = _negatedBefore.All.Any(negation => UtteranceText.EndsWithWord(cleanText[..at].TrimEnd(), negation))
                || _negatedAfter.All.Any(negation => after.Contains(negation, StringComparison.Ordinal));
            if (!negated)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The devices the cache-and-cookies steps are written for.</summary>
public static class Devices
{
    public const string IPhone = "iphone";
    public const string Android = "android";
    public const string Other = "other";
}
