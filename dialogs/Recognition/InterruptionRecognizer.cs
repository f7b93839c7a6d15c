namespace SupportBot.Dialogs.Recognition;

/// <summary>
/// Spots help, cancel and talk-to-a-person requests (keywords in Content/Lexicon/interruptions.json).
/// </summary>
/// <remarks>
/// Rule, on the normalised text without punctuation: the answer must END with a keyword, optionally
/// followed by one or two request tails (です, してください, に繋いで, please, me). Anything may come
/// before the keyword, provided English keywords start at a word boundary. So "ヘルプ",
/// "パスワードを変更したいのでヘルプ", "オペレーターに繋いでください" and "I want to talk to a human"
/// match, but "ヘルプページを見たけど分からない" or "I canceled my card" do not. When several
/// kinds match, a person beats cancel, and cancel beats help.
/// </remarks>
internal sealed class InterruptionRecognizer
{
    private const int MaxTails = 2;

    private static readonly Lazy<InterruptionRecognizer> DefaultInstance = new(() => new InterruptionRecognizer(LexiconContent.Load("interruptions.json")));

    private readonly (InterruptionKind Kind, LexiconWords Keywords)[] _kinds;
    private readonly LexiconWords _tails;

    internal InterruptionRecognizer(IReadOnlyDictionary<string, LexiconWords> lexicon)
    {
        _kinds =
        [
            (InterruptionKind.HumanAgent, lexicon["humanAgent"]),
            (InterruptionKind.Cancel, lexicon["cancel"]),
            (InterruptionKind.Help, lexicon["help"]),
        ];
        _tails = lexicon["requestTails"];
    }

    /// <summary>The recogniser over the shipped keyword lists.</summary>
    public static InterruptionRecognizer Default => DefaultInstance.Value;

    /// <summary>What <paramref name="utterance"/> asks for; <see cref="InterruptionKind.None"/> for null, empty or ordinary answers.</summary>
    public InterruptionKind Recognize(string? utterance)
    {
        var text = UtteranceText.Clean(utterance);
        if (text.Length == 0)
        {
            return InterruptionKind.None;
        }

        var cores = WithoutTails(text, MaxTails).ToList();
        foreach (var (kind, keywords) in _kinds)
        {
            if (cores.Any(core => keywords.All.Any(keyword => UtteranceText.EndsWithWord(core, keyword))))
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
