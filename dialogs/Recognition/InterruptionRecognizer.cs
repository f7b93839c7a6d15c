using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Recognition;

/// <summary>
/// Spots help, cancel and talk-to-a-person requests (keywords in Content/Lexicon/interruptions.json).
/// </summary>
/// <remarks>
/// Rule, on the normalised text without punctuation: the answer must END with a keyword, optionally
/// followed by one or two request tails (です, してください, に繋いで, please, me), and English keywords
/// start at a word boundary. A person may be asked for after anything ("パスワードの件でオペレーターに
/// 繋いでください", "I want to talk to a human"). Help and start-over are commands only when they are
/// the whole message, give or take a few characters ("もう一回やり直したい", "just start over"): inside a
/// description (「…注文をキャンセルしたい」, 「ログイン出来ません助けて」) they are words, not commands.
/// When several kinds match, a person beats cancel, and cancel beats help.
/// </remarks>
internal sealed class InterruptionRecognizer : IInterruptionRecognizer
{
    private const int MaxTails = 2;

    /// <summary>Letters that may precede a help or start-over keyword in a command ("もう一回", "just", "ok").</summary>
    private const int MaxCommandPrefixLetters = 4;

    private readonly (InterruptionKind Kind, LexiconWords Keywords, bool WholeMessage)[] _kinds;
    private readonly LexiconWords _tails;

    internal InterruptionRecognizer(IReadOnlyDictionary<string, LexiconWords> lexicon)
    {
        _kinds =
        [
            (InterruptionKind.HumanAgent, lexicon["humanAgent"], false),
            (InterruptionKind.Cancel, lexicon["cancel"], true),
            (InterruptionKind.Help, lexicon["help"], true),
        ];
        _tails = lexicon["requestTails"];
    }

    /// <summary>Loads the recogniser over the shipped keyword lists (Content/Lexicon/interruptions.json); registered once by AddSupportDialogs.</summary>
    public static InterruptionRecognizer LoadEmbedded() => new(LexiconContent.Load("interruptions.json"));

    /// <summary>What <paramref name="utterance"/> asks for; <see cref="InterruptionKind.None"/> for null, empty or ordinary answers.</summary>
    public InterruptionKind Recognize(string? utterance)
    {
        var text = UtteranceText.Clean(utterance);
        if (text.Length == 0)
        {
            return InterruptionKind.None;
        }

        var cores = WithoutTails(text, MaxTails).ToList();
        foreach (var (kind, keywords, wholeMessage) in _kinds)
        {
            if (cores.Any(core => keywords.All.Any(keyword => UtteranceText.EndsWithWord(core, keyword)
                    && (!wholeMessage || core[..^keyword.Length].Count(char.IsLetterOrDigit) <= MaxCommandPrefixLetters))))
            {
                return kind;
            }
        }

        return InterruptionKind.None;
    }

    /// <summary>The text itself and every version of it with up to <paramref name="depth"/> request tails cut off its end.</summary>
    private IEnumerable<string> WithoutTails(string text, int depth)
    {
        yield return text;
        if (depth == 0)
        {
            yield break;
        }

        foreach (var tail in _tails.All)
        {
            if (text.Length > tail.Length && UtteranceText.EndsWithWord(text, tail))
            {
                foreach (var shorter in WithoutTails(text[..^tail.Length].TrimEnd(), depth - 1))
                {
                    yield return shorter;
                }
            }
        }
    }
}
