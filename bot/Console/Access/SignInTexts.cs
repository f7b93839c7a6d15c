using System.Text.Json;

namespace SupportBot.Bot.Console.Access;

/// <summary>The sign-in page's texts (<c>Console/Content/sign-in-texts.json</c>), Japanese and English.</summary>
public sealed class SignInTexts
{
    private readonly Dictionary<string, Dictionary<string, string>> _byLanguage;

    private SignInTexts(Dictionary<string, Dictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    public IReadOnlyDictionary<string, Dictionary<string, string>> Languages => _byLanguage;

    public static SignInTexts Load(string contentRoot) =>
        new(JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(
            File.ReadAllText(Path.Combine(contentRoot, "Console", "Content", "sign-in-texts.json")))
            ?? throw new InvalidOperationException("Console/Content/sign-in-texts.json is empty."));

    /// <summary>The page's language: <c>?lang=</c>, else the browser's first choice of ja or en, else Japanese.</summary>
    public static string LanguageOf(HttpRequest request)
    {
        var asked = request.Query["lang"].ToString();
        if (asked is "ja" or "en")
        {
            return asked;
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage.OrderByDescending(value => value.Quality ?? 1).Select(value => value.Value.Value ?? string.Empty);
        return accepted.FirstOrDefault(value => value.StartsWith("ja", StringComparison.OrdinalIgnoreCase) || value.StartsWith("en", StringComparison.OrdinalIgnoreCase)) is { } first
            && first.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ja";
    }

    public string Get(string language, string key) => _byLanguage[language][key];
}
