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

    private static readonly SearchValues<char> ModelCodeCharacters = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private readonly HashSet<string> _words;
    private readonly string[] _productPrefixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _modelWords;
    private readonly HashSet<string> _afterPasswordPhrase;
    private readonly string[] _businessNumberPrefixes;
    private readonly string[] _foreignBusinessNumberPrefixes;
    private readonly string[] _companyEmailDomains;

    public NotSecretsLexicon(
        IEnumerable<string> words,
        IEnumerable<string> productPrefixes,
        IEnumerable<string> afterPasswordPhrase,
        IEnumerable<string>? businessNumberPrefixes = null,
        IEnumerable<string>? companyEmailDomains = null,
        IEnumerable<string>? foreignBusinessNumberPrefixes = null,
        IEnumerable<string>? modelWords = null)
    {
        _modelWords = new HashSet<string>(modelWords ?? [], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _businessNumberPrefixes = [.. businessNumberPrefixes ?? []];
        _foreignBusinessNumberPrefixes = [.. foreignBusinessNumberPrefixes ?? []];
        _companyEmailDomains = [.. companyEmailDomains ?? []];
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
        return new NotSecretsLexicon(file.Words, file.ProductPrefixes, file.AfterPasswordPhrase, file.BusinessNumberPrefixes, file.CompanyEmailDomains, file.ForeignBusinessNumberPrefixes, file.ModelWords);
    }

    /// <summary>
    /// An allow-listed word, or a product prefix followed by letters and digits only (iPhone15Pro) or by a model's code in
    /// hyphenated capitals and digits (ThinkPad-X1C-G11); "iPhone_lover88" and "kindlelover1" are no model.
    /// </summary>
    public bool IsKnownHarmlessToken(string token)
    {
        if (_words.Contains(token))
        {
            return true;
        }

        foreach (var prefix in _productPrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && ((token.AsSpan(prefix.Length).IndexOfAnyExcept(AsciiLettersAndDigits) < 0 && !IsMadeUpAfterABrand(token.AsSpan(prefix.Length)))
                    || IsModelCode(token.AsSpan(prefix.Length))))
            {
                return true;
            }
        }

        return false;
    }

    private const int MinMadeUpWord = 4;

    private const int MinDateDigits = 3;

    // "kindle" + "lover1", "windows" + "user7": a word of one's own run into the brand, as passwords are made; a model's name run in
    // ("iPad" + "mini6", "fire" + "stick4") is one of the model words. "panasonic" + "0815": a date (a leading zero), where a model
    // would have a number.
    private bool IsMadeUpAfterABrand(ReadOnlySpan<char> rest)
    {
        if (rest.Length >= MinDateDigits && rest[0] == '0' && rest.IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return true;
        }

        var word = rest.Length - rest.TrimStart("abcdefghijklmnopqrstuvwxyz").Length;
        return word >= MinMadeUpWord && !_modelWords.Contains(rest[..word]);
    }

    private const int MaxModelCodePart = 5;
    private const int MaxLettersOnlyPart = 3;

    // "-X1C-G11", "-G2", "-SE": each part after a hyphen a few capitals and digits ("-LOVE-88" is a word, not a model's code).
    private static bool IsModelCode(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || rest[0] != '-')
        {
            return false;
        }

        foreach (var part in rest[1..].Split('-'))
        {
            var piece = rest[1..][part];
            if (piece.IsEmpty || piece.Length > MaxModelCodePart || piece.ContainsAnyExcept(ModelCodeCharacters)
                || (piece.Length > MaxLettersOnlyPart && !piece.ContainsAnyInRange('0', '9')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A product prefix as a word of its own, a brand whose model follows it ("AQUOS sense6", "Fire HD10").</summary>
    public bool IsBrand(ReadOnlySpan<char> word)
    {
        foreach (var prefix in _productPrefixes)
        {
            if (word.Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One of the allow-listed words (Yahoo!Mail, COVID-19), without the product prefixes.</summary>
    public bool IsAllowListedWord(string token) => _words.Contains(token);

    /// <summary>A word that follows "password is" in an ordinary sentence ("my password is wrong").</summary>
    public bool IsOrdinaryWordAfterPasswordPhrase(string word) => _afterPasswordPhrase.Contains(word);

    /// <summary>A number dialled inside Japan (digits only) that starts like a toll-free or shared-cost business number (0120…, 0570…).</summary>
    public bool IsBusinessNumber(ReadOnlySpan<char> nationalDigits) => StartsWithAny(nationalDigits, _businessNumberPrefixes);

    /// <summary>Another country's number (digits with its country code) that starts like a toll-free business number there (1 800…, 44 800…).</summary>
    public bool IsForeignBusinessNumber(ReadOnlySpan<char> digitsWithCountryCode) => StartsWithAny(digitsWithCountryCode, _foreignBusinessNumberPrefixes);

    private static bool StartsWithAny(ReadOnlySpan<char> digits, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (digits.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An address at one of the company's own domains or their subdomains (no-reply@amazon.co.jp, x@email.amazon.com).</summary>
    public bool IsCompanyAddress(ReadOnlySpan<char> address)
    {
        var at = address.LastIndexOf('@');
        var domain = at < 0 ? address : address[(at + 1)..].Trim();
        foreach (var company in _companyEmailDomains)
        {
            if (domain.Equals(company, StringComparison.OrdinalIgnoreCase)
                || (domain.EndsWith(company, StringComparison.OrdinalIgnoreCase) && domain[^(company.Length + 1)] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record LexiconFile(
        [property: JsonPropertyName("words")] string[] Words,
        [property: JsonPropertyName("productPrefixes")] string[] ProductPrefixes,
        [property: JsonPropertyName("afterPasswordPhrase")] string[] AfterPasswordPhrase,
        [property: JsonPropertyName("businessNumberPrefixes")] string[]? BusinessNumberPrefixes,
        [property: JsonPropertyName("companyEmailDomains")] string[]? CompanyEmailDomains,
        [property: JsonPropertyName("foreignBusinessNumberPrefixes")] string[]? ForeignBusinessNumberPrefixes,
        [property: JsonPropertyName("modelWords")] string[]? ModelWords);
}
