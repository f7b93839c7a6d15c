using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace SupportBot.Dialogs.Recognition;

/// <summary>A position in a list the user named: its 1-based index and where in the text it was said.</summary>
internal readonly record struct OrdinalMatch(int Position, int Start, int Length);

/// <summary>
/// Finds "2", "２番", "2番目", "二つ目", "第二", "second", "the last one" in an utterance, with
/// Microsoft.Recognizers.Text.Number models built once per culture (building them is slow).
/// The Japanese ordinal model misses 二つ目 and resolves 二番目 to 0, so Japanese counters
/// (つ目, 番目, 個目, 番) are read here first, with the number model only reading the numeral.
/// </summary>
internal static partial class OrdinalRecognizer
{
    private static readonly ConcurrentDictionary<string, (IModel Ordinal, IModel Number)> Models = new(StringComparer.Ordinal);

    /// <summary>The position named in <paramref name="text"/> (already cleaned) within a list of <paramref name="count"/>, or null.</summary>
    public static OrdinalMatch? Recognize(string text, int count)
    {
        var culture = UtteranceText.HasJapanese(text) ? Culture.Japanese : Culture.English;
        var (ordinalModel, numberModel) = Models.GetOrAdd(culture, static c =>
        {
            var recognizer = new NumberRecognizer(c);
            return (recognizer.GetOrdinalModel(c), recognizer.GetNumberModel(c));
        });

        if (JapaneseCounter().Match(text) is { Success: true } counter
            && ReadInteger(numberModel, counter.Groups["n"].Value) is { } counted)
        {
            return new OrdinalMatch(counted, counter.Index, counter.Length);
        }

        foreach (var result in ordinalModel.Parse(text))
        {
            if (ReadOrdinal(result, count) is { } position)
            {
                return new OrdinalMatch(position, result.Start, result.End - result.Start + 1);
            }
        }

        var numbers = numberModel.Parse(text);
        return numbers.Count == 1 && ReadInteger(numbers[0]) is { } number
            ? new OrdinalMatch(number, numbers[0].Start, numbers[0].End - numbers[0].Start + 1)
            : null;
    }

    private static int? ReadOrdinal(ModelResult result, int count)
    {
        var relativeTo = result.Resolution?.GetValueOrDefault("relativeTo") as string;
        var offset = int.TryParse(result.Resolution?.GetValueOrDefault("offset") as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var o) ? o : 0;
        return relativeTo switch
        {
            "end" => count + offset,
            "start" when offset > 0 => offset,
            _ => null,
        };
    }

    private static int? ReadInteger(IModel numberModel, string numeral)
    {
        var results = numberModel.Parse(numeral);
        return results.Count == 1 ? ReadInteger(results[0]) : null;
    }

    private static int? ReadInteger(ModelResult result)
        => result.Resolution?.GetValueOrDefault("value") is string value
            && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : null;

    [GeneratedRegex("(?<n>[0-9]+|[〇一二三四五六七八九十百]+)(?:つ目|番目|個目|こ目|番)")]
    private static partial Regex JapaneseCounter();
}
