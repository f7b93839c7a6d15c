using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportBot.Dialogs.Classification;

/// <summary>
/// Content/Classifier/generic.json: how to tell a bare "I can't log in" (which names no cause) from a described symptom.
/// </summary>
/// <param name="LoginPhrases">Ways of saying "cannot log in" (written naturally; normalised when used).</param>
/// <param name="Fillers">Words that add nothing about the cause (the service name, politeness, particles).</param>
/// <param name="MaxRemainingCharacters">How many letters may remain once phrases and fillers are removed for the text to still count as generic.</param>
/// <param name="Examples">Generic utterances; the model trains on each under every login-problem label so it learns they say nothing about which.</param>
internal sealed record GenericLoginContent(
    [property: JsonPropertyName("loginPhrases")] IReadOnlyList<string> LoginPhrases,
    [property: JsonPropertyName("fillers")] IReadOnlyList<string> Fillers,
    [property: JsonPropertyName("maxRemainingCharacters")] int MaxRemainingCharacters,
    [property: JsonPropertyName("examples")] IReadOnlyList<string> Examples)
{
    public const string Resource = "SupportBot.Content.Classifier/generic.json";

    public static GenericLoginContent LoadEmbedded()
    {
        using var stream = EmbeddedContent.Open(Resource);
        return Load(stream, Resource);
    }

    /// <summary>Reads <paramref name="stream"/> (a copy on disk, for the fold-in command's content folder).</summary>
    public static GenericLoginContent Load(Stream stream, string source) =>
        JsonSerializer.Deserialize<GenericLoginContent>(stream) ?? throw new InvalidDataException($"{source} is empty.");
}
