using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.Localization;

/// <summary>
/// An Adaptive Card template in Content/Cards: JSON whose string values <c>${name}</c> are filled from data.
/// The template is parsed once; each <see cref="Fill"/> returns a fresh card.
/// </summary>
internal sealed class CardTemplate
{
    private const string ResourcePrefix = "SupportBot.Content.Cards/";

    private readonly JObject _template;

    private CardTemplate(JObject template)
    {
        _template = template;
    }

    /// <summary>Loads the embedded template Content/Cards/<paramref name="fileName"/>.</summary>
    public static CardTemplate LoadEmbedded(string fileName)
    {
        using var stream = typeof(CardTemplate).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded content '{ResourcePrefix}{fileName}' is missing.");
        using var reader = new StreamReader(stream);
        return new CardTemplate(JObject.Parse(reader.ReadToEnd()));
    }

    /// <summary>The card with every <c>${name}</c> replaced by <paramref name="data"/>[name]; a missing name is an error.</summary>
    public JObject Fill(IReadOnlyDictionary<string, string> data)
    {
        var card = (JObject)_template.DeepClone();
        foreach (var value in card.Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.String).ToList())
        {
            var text = (string)value.Value!;
            if (text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}'))
            {
                var name = text[2..^1];
                value.Value = data.TryGetValue(name, out var filled)
                    ? filled
                    : throw new KeyNotFoundException($"Card template value '{name}' has no data.");
            }
        }

        return card;
    }
}
