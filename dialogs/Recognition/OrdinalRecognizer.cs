using System.Buffers;
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
    private static readonly SearchValues<char> KanjiNumerals = SearchValues.Create("〇○零一二三四五六七八九十百千万億兆壱弐参拾廿卅两兩半幾");
    private static readonly ConcurrentDictionary<string, Lazy<CultureModels>> Models = new(StringComparer.Ordinal);

    /// <summary>The position named in <paramref name="text"/> (already cleaned) within a list of <paramref name="count"/>, or null.</summary>
    public static OrdinalMatch? Recognize(string text, int count)
        => Recognize(text, count, ModelsFor(text), skipModelsWithoutNumerals: true);

    /// <summary>Builds the models of both cultures and compiles their patterns, ahead of the first answer that needs them.</summary>
    public static void WarmUp()
    {
        foreach (var text in (ReadOnlySpan<string>)["2", "二"])
        {
            var models = ModelsFor(text).Value;
            RecognizerModels.Parse(models.Ordinal, text);
            RecognizerModels.Parse(models.Number, text);
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> could name a number or position at all: a digit in any script,
    /// a kanji numeral (or ○, read as 〇), ダース, 最後, or Latin letters (English number and ordinal words). Most answers to a
    /// menu are none of these, and a model parse is the largest cost of a turn.
    /// </summary>
    internal static bool MayContainNumeral(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c) || c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || KanjiNumerals.Contains(c))
            {
                return true;
            }
        }

        return text.Contains("ダース", StringComparison.Ordinal) || text.Contains("最後", StringComparison.Ordinal);
    }

    /// <summary>The recognition with the models always consulted (for tests that compare it with the gated one).</summary>
    internal static OrdinalMatch? RecognizeWithoutGate(string text, int count)
        => Recognize(text, count, ModelsFor(text), skipModelsWithoutNumerals: false);

    // Lazy, and only read once a model is about to parse: building a culture's models takes hundreds of
    // milliseconds, which a turn whose answer has no numeral (most of them, the first one too) never pays.
    private static Lazy<CultureModels> ModelsFor(string text)
    {
        var culture = UtteranceText.HasJapanese(text) ? Culture.Japanese : Culture.English;
        return Models.GetOrAdd(culture, static c => new Lazy<CultureModels>(() => CultureModels.Build(c)));
    }

    private static OrdinalMatch? Recognize(string text, int count, Lazy<CultureModels> models, bool skipModelsWithoutNumerals)
    {
        if (JapaneseCounter().Match(text) is { Success: true } counter
            && (KanjiNumeral.Read(counter.Groups["n"].Value) ?? ReadInteger(models.Value.Number, counter.Groups["n"].Value)) is { } counted)
        {
            return new OrdinalMatch(counted, counter.Index, counter.Length);
        }

        // 第二 / 最後: read here too, so the common Japanese forms never depend on the model.
        if (JapaneseOrdinal().Match(text) is { Success: true } ordinal)
        {
            var position = ordinal.Groups["last"].Success ? count : KanjiNumeral.Read(ordinal.Groups["n"].Value);
            if (position is > 0)
            {
                return new OrdinalMatch(position.Value, ordinal.Index, ordinal.Length);
            }
        }

        // A lone number in digits («4です», "3") is read here too: it is the commonest answer to a numbered
        // list, and the number model, busy compiling its patterns on a loaded machine, was seen to miss it.
        if (LoneDigits().Matches(text) is [var digits] && int.TryParse(digits.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var lone) && lone > 0)
        {
            return new OrdinalMatch(lone, digits.Index, digits.Length);
        }

        if (skipModelsWithoutNumerals && !MayContainNumeral(text))
        {
            return null;
        }

        foreach (var result in RecognizerModels.Parse(models.Value.Ordinal, text))
        {
            if (ReadOrdinal(result, count) is { } position)
            {
                return new OrdinalMatch(position, result.Start, result.End - result.Start + 1);
            }
        }

        var numbers = RecognizerModels.Parse(models.Value.Number, text);
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
        var results = RecognizerModels.Parse(numberModel, numeral);
        return results.Count == 1 ? ReadInteger(results[0]) : null;
    }

    private static int? ReadInteger(ModelResult result)
        => result.Resolution?.GetValueOrDefault("value") is string value
            && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : null;

    private sealed record CultureModels(IModel Ordinal, IModel Number)
    {
        public static CultureModels Build(string culture)
        {
            return RecognizerModels.Build(() =>
            {
                var recognizer = new NumberRecognizer(culture);
                return new CultureModels(recognizer.GetOrdinalModel(culture), recognizer.GetNumberModel(culture));
            });
        }
    }

    [GeneratedRegex("(?<![0-9.,A-Za-z])[0-9]{1,3}(?![0-9.,A-Za-z])")]
    private static partial Regex LoneDigits();

    [GeneratedRegex("(?<n>[0-9]+|[〇一二三四五六七八九十百]+)(?:つ目|番目|個目|こ目|番)")]
    private static partial Regex JapaneseCounter();

    [GeneratedRegex("^(?:第(?<n>[0-9]+|[〇一二三四五六七八九十]+)|(?<last>最後|いちばん下|一番下))")]
    private static partial Regex JapaneseOrdinal();
}
