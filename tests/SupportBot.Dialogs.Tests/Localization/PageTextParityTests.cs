using System.Text.Json;
using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Tests.Localization;

/// <summary>
/// The chat page's own texts (bot/wwwroot/content/page-texts.json) under the same rule as the bot's: every text in
/// both languages, none blank, and every text the page asks for (index.html's data-text, chat.js) present.
/// </summary>
public sealed partial class PageTextParityTests
{
    private static readonly string PageDirectory = Path.Combine(AppContext.BaseDirectory, "Page");

    private static readonly Dictionary<string, Dictionary<string, string>> Texts =
        JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(Path.Combine(PageDirectory, "page-texts.json")))!;

    [Fact]
    public void EveryPageTextExistsInJapaneseAndEnglish()
    {
        Assert.Equal(["en", "ja"], Texts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Texts["ja"].Keys.Order(StringComparer.Ordinal), Texts["en"].Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NoPageTextIsBlank()
    {
        foreach (var (language, texts) in Texts)
        {
            Assert.All(texts, text => Assert.False(string.IsNullOrWhiteSpace(text.Value), $"{language}:{text.Key}"));
        }
    }

    [Fact]
    public void EveryTextThePageAsksForExistsInBothLanguages()
    {
        var html = File.ReadAllText(Path.Combine(PageDirectory, "index.html"));
        var script = File.ReadAllText(Path.Combine(PageDirectory, "chat.js"));
        var asked = DataText().Matches(html).Select(m => m.Groups[1].Value)
            .Concat(StatusText().Matches(script).Select(m => m.Groups[1].Value))
            .Concat(PropertyText().Matches(script).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(asked.Count >= 9, $"only {asked.Count} page texts found: the patterns no longer match the page");
        foreach (var (language, texts) in Texts)
        {
            Assert.All(asked, key => Assert.True(texts.ContainsKey(key), $"page text '{key}' is missing in {language}"));
        }
    }

    [GeneratedRegex("data-text=\"([A-Za-z]+)\"")]
    private static partial Regex DataText();

    [GeneratedRegex(@"showStatus\('([A-Za-z]+)'\)")]
    private static partial Regex StatusText();

    [GeneratedRegex(@"\b(?:t|texts\[language\])\.([A-Za-z]+)")]
    private static partial Regex PropertyText();
}
