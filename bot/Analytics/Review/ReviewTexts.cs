using System.Globalization;
using System.Text.Json;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Bot.Analytics.Review;

/// <summary>What the review page and its refusals say to an operator (<c>Console/Content/review-texts.json</c>), Japanese and English.</summary>
public sealed class ReviewTexts
{
    public const string File = "review-texts.json";

    private readonly Dictionary<string, Dictionary<string, string>> _byLanguage;

    private ReviewTexts(Dictionary<string, Dictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    public IReadOnlyDictionary<string, Dictionary<string, string>> Languages => _byLanguage;

    public static ReviewTexts Load(string contentRoot) =>
        new(JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(
            System.IO.File.ReadAllText(Path.Combine(contentRoot, "Console", "Content", File)))
            ?? throw new InvalidOperationException($"Console/Content/{File} is empty."));

    public string Get(string language, string key) => _byLanguage[language][key];

    /// <summary>How a label reads to an operator, e.g. 「パスワードを忘れた」 for <c>forgot_password</c>.</summary>
    public string LabelName(string language, string label) =>
        _byLanguage[language].TryGetValue($"{(TrainingLines.ModelOf(label) == TextModels.Symptom ? "symptom" : "answer")}.{label}", out var name) ? name : label;

    /// <summary>Why a decision was refused, with its label and the valid ones filled in.</summary>
    public string Refusal(string language, ReviewDecision decision, string? label) =>
        Get(language, $"refused.{decision.Refusal}")
            .Replace("{label}", label ?? string.Empty, StringComparison.Ordinal)
            .Replace("{labels}", string.Join(", ", decision.ValidLabels), StringComparison.Ordinal)
            .Replace("{max}", ReviewQueue.MaxItemsPerDecision.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public string Counted(string language, string key, int count) =>
        Get(language, key).Replace("{count}", count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
