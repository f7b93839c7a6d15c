using System.Text.Json;

namespace SupportBot.Dialogs.Recognition;

/// <summary>Reads the word lists in Content/Lexicon (embedded resources), normalised with <see cref="TextNormalizer"/>.</summary>
internal static class LexiconContent
{
    private const string ResourcePrefix = "SupportBot.Content.Lexicon/";

    /// <summary>Loads a file shaped <c>{"category": {"ja": [...], "en": [...]}}</c>.</summary>
    public static IReadOnlyDictionary<string, LexiconWords> Load(string fileName)
    {
        using var stream = typeof(LexiconContent).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded content '{ResourcePrefix}{fileName}' is missing.");
        var raw = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string[]>>>(stream)
            ?? throw new InvalidOperationException($"Embedded content '{fileName}' is empty.");
        return raw.ToDictionary(entry => entry.Key, entry => LexiconWords.From(entry.Value), StringComparer.Ordinal);
    }
}

/// <summary>One category's words in every language, normalised for matching, longest first.</summary>
internal sealed class LexiconWords
{
    private LexiconWords(IReadOnlyList<string> all)
    {
        All = all;
    }

    /// <summary>Every language's words together: users mix languages, so matching does not pick one.</summary>
    public IReadOnlyList<string> All { get; }

    public static LexiconWords From(IReadOnlyDictionary<string, string[]> byLanguage)
        => new(byLanguage.Values
            .SelectMany(words => words)
            .Select(UtteranceText.Clean)
            .Where(word => word.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(word => word.Length)
            .ToList());
}
