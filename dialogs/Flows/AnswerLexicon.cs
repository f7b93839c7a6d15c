using System.Text.Json;

namespace SupportBot.Dialogs.Flows;

/// <summary>
/// Synonyms people type for the bot's buttons (「できた」, "it worked", 「コードが届かない」…),
/// from <c>Content/Lexicon/answers.json</c>, keyed like the button's text.
/// </summary>
internal sealed class AnswerLexicon(IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms)
{
    public static AnswerLexicon LoadEmbedded()
    {
        const string name = "SupportBot.Content.Lexicon/answers.json";
        using var stream = typeof(AnswerLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded content '{name}' is missing.");
        var lists = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(stream)
            ?? throw new InvalidOperationException($"Embedded content '{name}' is empty.");
        return new AnswerLexicon(lists.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value));
    }

    public IReadOnlyList<string> SynonymsFor(string key) =>
        synonyms.TryGetValue(key, out var list) ? list : [];
}
