using System.Globalization;
using System.Text.Json;
using SupportBot.Bot.Console.Access;

namespace SupportBot.Bot.Console;

/// <summary>
/// Every label the console's pages show (<c>Console/Content/console-texts.json</c>), Japanese and English. Values the
/// facts hold (outcomes, reasons, symptoms, step names) are shown by their label, or as stored when the file has none.
/// </summary>
public sealed class ConsoleTexts
{
    public const string FileName = "console-texts.json";

    private readonly Dictionary<string, Dictionary<string, string>> _byLanguage;

    private ConsoleTexts(Dictionary<string, Dictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    public IReadOnlyDictionary<string, Dictionary<string, string>> Languages => _byLanguage;

    public static ConsoleTexts Load(string contentRoot) => Parse(File.ReadAllText(Path.Combine(contentRoot, "Console", "Content", FileName)));

    public static ConsoleTexts Parse(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(json)
            ?? throw new InvalidOperationException($"Console/Content/{FileName} is empty."));

    /// <summary>The page's language: <c>?lang=</c>, else the browser's first choice of ja or en, else Japanese (as the sign-in page).</summary>
    public static string LanguageOf(HttpRequest request) => SignInTexts.LanguageOf(request);

    public string Get(string language, string key) => _byLanguage[language][key];

    /// <summary>The label of a stored value (<paramref name="kind"/> <c>outcome</c>, <c>reason</c>, <c>symptom</c>, <c>step</c>, <c>language</c>), else the value itself.</summary>
    public string Label(string language, string kind, string? value) =>
        value is null ? string.Empty
            : _byLanguage[language].TryGetValue($"{kind}.{value}", out var label) ? label
            : value;

    /// <summary>A share as a percentage with one decimal, the same in both languages (62.5%).</summary>
    public static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A change of a rate in percentage points, signed (+5.0, −2.5, 0.0).</summary>
    public static string Points(double current, double previous) => WithSign((current - previous) * 100, "0.0");

    public static string WithSign(double value, string format) =>
        (value > 0 ? "+" : string.Empty) + value.ToString(format, CultureInfo.InvariantCulture);
}
