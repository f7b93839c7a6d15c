using System.Text.Json;

namespace SupportBot.Bot.Commands.Seed;

/// <summary>
/// The synthetic people of the seed command (<c>seed-phrases.json</c>, embedded): scenarios with their weights, each a
/// list of phrase groups one per turn; the language and channel mix; the phrases of each group per language.
/// </summary>
internal sealed record SeedPhrases(
    IReadOnlyList<SeedScenario> Scenarios,
    IReadOnlyDictionary<string, int> Languages,
    IReadOnlyDictionary<string, int> Channels,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Phrases)
{
    private const string ResourceName = "SupportBot.Bot.Commands.Seed.seed-phrases.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static SeedPhrases Load()
    {
        using var stream = typeof(SeedPhrases).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The seed phrases ({ResourceName}) are not embedded.");
        var phrases = JsonSerializer.Deserialize<SeedPhrases>(stream, Json) ?? throw new InvalidDataException("seed-phrases.json is empty.");
        phrases.Check();
        return phrases;
    }

    /// <summary>Every group a scenario names has phrases in every language (a typo fails here, not halfway through a seed).</summary>
    private void Check()
    {
        foreach (var language in Languages.Keys)
        {
            var groups = Phrases.GetValueOrDefault(language) ?? throw new InvalidDataException($"seed-phrases.json: no phrases for {language}.");
            var missing = Scenarios.SelectMany(s => s.Turns).Append("opener").Distinct().Where(g => groups.GetValueOrDefault(g) is not { Count: > 0 }).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidDataException($"seed-phrases.json: {language} has no phrases for {string.Join(", ", missing)}.");
            }
        }
    }
}

/// <param name="Name">What happens (for the report).</param>
/// <param name="Weight">How often, relative to the others.</param>
/// <param name="Turns">The phrase group of each message the person sends, in order.</param>
internal sealed record SeedScenario(string Name, int Weight, IReadOnlyList<string> Turns);
