using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Localization;

/// <summary>
/// Everything the bot says, per language, loaded from the embedded content files
/// <c>Content/Texts/{language}.json</c> (flat key → text with <c>{placeholder}</c>s).
/// </summary>
public sealed partial class BotTexts
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;

    private readonly Lazy<HashSet<string>> _sameInEveryLanguage;

    public BotTexts(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
    {
        _byLanguage = byLanguage;
        _sameInEveryLanguage = new(FindSameInEveryLanguage);
    }

    public static BotTexts LoadEmbedded()
    {
        var assembly = typeof(BotTexts).Assembly;
        var texts = Language.All.ToDictionary(
            language => language,
            language => (IReadOnlyDictionary<string, string>)ReadTexts(assembly, language));
        return new BotTexts(texts);
    }

    public IEnumerable<string> Keys(string language) => _byLanguage[language].Keys;

    public string Raw(string language, string key) =>
        _byLanguage.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"No content for '{key}' in language '{language}'.");

    /// <summary>The text for <paramref name="key"/> with its placeholders filled in.</summary>
    public string Format(string language, TextKey key, IReadOnlyDictionary<string, string>? values = null)
    {
        var template = Raw(language, key.Value);
        if (values is null || values.Count == 0)
        {
            return template;
        }

        return PlaceholderPattern().Replace(
            template,
            match => values.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is one of the bot's own texts that reads the same in every
    /// language (a button such as "iPhone" or "3"): saying it back tells nothing about the language.
    /// </summary>
    public bool IsSameInEveryLanguage(string? text) =>
        text is not null && _sameInEveryLanguage.Value.Contains(text.Trim());

    public static IReadOnlySet<string> PlaceholdersOf(string template) =>
        PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value).ToHashSet();

    private HashSet<string> FindSameInEveryLanguage()
    {
        var languages = _byLanguage.Values.ToList();
        return languages.Count == 0
            ? []
            : languages[0]
                .Where(entry => languages.All(texts => texts.TryGetValue(entry.Key, out var other) && other == entry.Value))
                .Select(entry => entry.Value)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static Dictionary<string, string> ReadTexts(Assembly assembly, string language)
    {
        var name = $"SupportBot.Content.Texts/{language}.json";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded content '{name}' is missing.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"Embedded content '{name}' is empty.");
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex PlaceholderPattern();
}
