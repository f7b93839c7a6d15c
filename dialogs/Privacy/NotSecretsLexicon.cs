using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Words that look like secrets but are not, from the content file
/// <c>Content/Lexicon/not-secrets.json</c>. All comparisons ignore case.
/// </summary>
internal sealed class NotSecretsLexicon
{
    private const string ResourceName = "SupportBot.Content.Lexicon/not-secrets.json";

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly HashSet<string> _words;
    private readonly string[] _productPrefixes;
    private readonly HashSet<string> _afterPasswordPhrase;

    public NotSecretsLexicon(IEnumerable<string> words, IEnumerable<string> productPrefixes, IEnumerable<string> afterPasswordPhrase)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _productPrefixes = [.. productPrefixes.OrderByDescending(prefix => prefix.Length)];
        _afterPasswordPhrase = new HashSet<string>(afterPasswordPhrase, StringComparer.OrdinalIgnoreCase);
    }

    public static NotSecretsLexicon LoadEmbedded()
    {
        using var stream = typeof(NotSecretsLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded content '{ResourceName}' is missing.");
        var file = JsonSerializer.Deserialize<LexiconFile>(stream)
            ?? throw new InvalidOperationException($"Embedded content '{ResourceName}' is empty.");
        return new NotSecretsLexicon(file.Words, file.ProductPrefixes, file.AfterPasswordPhrase);
    }

    /// <summary>An allow-listed word, or a product prefix followed by letters and digits only (iPhone15Pro).</summary>
    public bool IsKnownHarmlessToken(string token)
    {
        if (_words.Contains(token))
        {
            return true;
        }

        foreach (var prefix in _productPrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && token.AsSpan(prefix.Length).IndexOfAnyExcept(AsciiLettersAndDigits) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that follows "password is" in an ordinary sentence ("my password is wrong").</summary>
    public bool IsOrdinaryWordAfterPasswordPhrase(string word) => _afterPasswordPhrase.Contains(word);

    private sealed record LexiconFile(
        [property: JsonPropertyName("words")] string[] Words,
        [property: JsonPropertyName("productPrefixes")] string[] ProductPrefixes,
        [property: JsonPropertyName("afterPasswordPhrase")] string[] AfterPasswordPhrase);
}
