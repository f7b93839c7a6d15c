using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// The normalised text with numbers read out in words written as digits, for the number rules (card, code, phone):
/// voice input and people reading a number aloud type 「ゼロキューゼロのイチロクニーサンのナナハチゼロゴ」,
/// 「ろくよんさんぜろきゅうに」, 「四六一四　〇七九四…」 or 「ゼロハチゼロの、4471の、3358」. A run counts when it holds at least
/// <see cref="MinDigits"/> digits and at least <see cref="MinClearWords"/> words that can only be digits there (two kana or
/// more, or a kanji numeral): single kana such as に, し, ご, く are particles and word parts as often as digits. Groups
/// stay apart (a '-' for the の or 、 between them); digits read one by one with a mark after each are joined.
/// </summary>
internal sealed partial class DigitsReadOut
{
    private const int MinDigits = 4;
    private const int MinClearWords = 3;

    private readonly int[] _starts;
    private readonly int[] _ends;

    private DigitsReadOut(string text, int[] starts, int[] ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Text { get; }

    /// <summary>The text with its read-out numbers as digits, or null when it reads out none.</summary>
    public static DigitsReadOut? Of(string normalized)
    {
        // Most messages read out no number: counting the words that can only be digits spares them the pattern.
        if (!HasClearWords(normalized))
        {
            return null;
        }

        StringBuilder? text = null;
        List<int>? starts = null;
        List<int>? ends = null;
        var copied = 0;
        foreach (Match run in NumberInWords().Matches(normalized))
        {
            var words = run.Groups["word"].Captures;
            if (!IsNumber(words))
            {
                continue;
            }

            text ??= new StringBuilder(normalized.Length);
            starts ??= new List<int>(normalized.Length);
            ends ??= new List<int>(normalized.Length);
            for (; copied < run.Index; copied++)
            {
                Add(normalized[copied], copied, copied + 1);
            }

            var marks = run.Groups["mark"].Captures;
            var oneByOne = marks.Count == words.Count - 1 && words.All(w => DigitsOf(w.Value).Length == 1);
            var nextMark = 0;
            foreach (Capture word in words)
            {
                while (nextMark < marks.Count && marks[nextMark].Index < word.Index)
                {
                    if (!oneByOne && !JoinsDigitWords(marks[nextMark], words))
                    {
                        Add('-', marks[nextMark].Index, marks[nextMark].Index + marks[nextMark].Length);
                    }

                    nextMark++;
                }

                foreach (var digit in DigitsOf(word.Value))
                {
                    Add(digit, word.Index, word.Index + word.Length);
                }
            }

            copied = run.Index + run.Length;
        }

        if (text is null || starts is null || ends is null)
        {
            return null;
        }

        for (; copied < normalized.Length; copied++)
        {
            Add(normalized[copied], copied, copied + 1);
        }

        return new DigitsReadOut(text.ToString(), [.. starts], [.. ends]);

        void Add(char c, int start, int end)
        {
            text!.Append(c);
            starts!.Add(start);
            ends!.Add(end);
        }
    }

    /// <summary>
    /// A bare hyphen or space between two words of one digit each ("oh-eight-oh, 2241, 6038", "zero nine zero 5512 8830"): the
    /// words read out one group digit by digit; a comma, 、 or の, or a group of digits next to a word, parts groups.
    /// </summary>
    private static bool JoinsDigitWords(Capture mark, CaptureCollection words)
    {
        if (mark.Value is not ("-" or " "))
        {
            return false;
        }

        Capture? before = null;
        Capture? after = null;
        foreach (Capture word in words)
        {
            if (word.Index + word.Length == mark.Index)
            {
                before = word;
            }
            else if (word.Index == mark.Index + mark.Length)
            {
                after = word;
            }
        }

        return before is not null && after is not null && !char.IsAsciiDigit(before.Value[0]) && !char.IsAsciiDigit(after.Value[0])
            && DigitsOf(before.Value).Length == 1 && DigitsOf(after.Value).Length == 1;
    }

    /// <summary>The finding on <see cref="Text"/> as the same stretch of the normalised text.</summary>
    public SensitiveFinding ToNormalized(SensitiveFinding finding)
    {
        var start = _starts[finding.Start];
        var end = _ends[finding.End - 1];
        return finding with { Start = start, Length = end - start };
    }

    // The words that can only be digits, and "oh" spoken among digits (" oh ", "oh-"): fewer than three, and no number is read out.
    private static readonly SearchValues<string> ClearWords = SearchValues.Create(
        ["ゼロ", "ぜろ", "れい", "レイ", "まる", "マル", "いち", "イチ", "にー", "にい", "ニー", "ニイ", "よん", "ヨン", "ごー", "ゴー", "ろく", "ロク",
         "なな", "ナナ", "しち", "シチ", "はち", "ハチ", "きゅ", "キュ", "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九",
         "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", " oh ", "oh-", "-oh",
         "ichi", "yon", "roku", "nana", "hachi", "kyu"],
        StringComparison.OrdinalIgnoreCase);

    private static bool HasClearWords(string text)
    {
        var rest = text.AsSpan();
        for (var found = 0; found < MinClearWords; found++)
        {
            var at = rest.IndexOfAny(ClearWords);
            if (at < 0)
            {
                // Digits and number words read out together ("2 zero 7 7 one 4"): an English number word among three digits or more.
                return found > 0 && Token.CountDigits(text) >= MinClearWords && text.AsSpan().IndexOfAny(EnglishNumberWords) >= 0;
            }

            rest = rest[(at + 1)..];
        }

        return true;
    }

    private static readonly SearchValues<string> EnglishNumberWords = SearchValues.Create(
        ["zero", "two", "three", "four", "five", "six", "seven", "eight", "nine"], StringComparison.OrdinalIgnoreCase);

    private static bool IsNumber(CaptureCollection words)
    {
        var digits = 0;
        var clear = 0;
        var english = 0;
        var oneOrOh = 0;
        foreach (Capture word in words)
        {
            var value = word.Value;
            digits += DigitsOf(value).Length;
            clear += IsClearWord(value) ? 1 : 0;
            english += char.IsAsciiLetter(value[0]) && IsClearWord(value) ? 1 : 0;
            oneOrOh += value.Equals("one", StringComparison.OrdinalIgnoreCase) || value.Equals("oh", StringComparison.OrdinalIgnoreCase)
                || (value.Length == 1 && char.IsAsciiDigit(value[0])) ? 1 : 0;
        }

        // "oh", "one" and a lone digit stand for themselves ("oh, …", "the one …", "2 of them") unless other English number words
        // read out the same number with them ("oh-eight-oh", "2 zero 7 7 one 4").
        if (english > 0)
        {
            clear += oneOrOh;
        }

        return digits >= MinDigits && clear >= MinClearWords;
    }

    // Two kana or more, except さん (also "Mr"), a kanji numeral, or an English or romaji number word but "one", "oh" and the romaji
    // that are words or names too (go, ni, san, shi, rei, maru).
    private static bool IsClearWord(string word) =>
        !char.IsAsciiDigit(word[0]) && word is not ("さん" or "サン")
        && (char.IsAsciiLetter(word[0])
            ? word.ToLowerInvariant() is not ("one" or "oh" or "ni" or "nii" or "san" or "shi" or "go" or "rei" or "maru")
            : word.Length >= 2 || word[0] is >= '\u3007' and <= '\u9FFF');

    private static string DigitsOf(string word) => word.ToLowerInvariant() switch
    {
        _ when char.IsAsciiDigit(word[0]) => word,
        "zero" or "oh" => "0",
        "one" => "1",
        "two" => "2",
        "three" => "3",
        "four" => "4",
        "five" => "5",
        "six" => "6",
        "seven" => "7",
        "eight" => "8",
        "nine" => "9",
        "ゼロ" or "ぜろ" or "れい" or "レイ" or "まる" or "マル" or "〇" or "零" or "rei" or "maru" => "0",
        "いち" or "イチ" or "一" or "ichi" => "1",
        "にー" or "にい" or "ニー" or "ニイ" or "に" or "ニ" or "二" or "ni" or "nii" => "2",
        "さん" or "サン" or "三" or "san" => "3",
        "よん" or "ヨン" or "し" or "シ" or "四" or "yon" or "shi" => "4",
        "ごー" or "ゴー" or "ご" or "ゴ" or "五" or "go" => "5",
        "ろく" or "ロク" or "六" or "roku" => "6",
        "なな" or "ナナ" or "しち" or "シチ" or "七" or "nana" or "shichi" => "7",
        "はち" or "ハチ" or "八" or "hachi" => "8",
        _ => "9",
    };

    // Digit words (longest first, so ニー is one word and not ニ and a dash; but にいち is に and いち), ASCII digit groups between them, and the marks
    // that part groups (の, 、, a comma, ・, a space, a dash): four words or more, not inside a larger kanji number (二十, 三百). A word
    // may be drawn out as it is said (ななー), and the ー is dropped.
    [GeneratedRegex(
        @"(?<![十百千万億〇一二三四五六七八九零])(?<word>" + Word + @")ー?(?:(?<mark>[の、,・\s\-]{1,3}|\sno\s)?(?<word>" + Word + @")ー?){3,}(?![十百千万億])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberInWords();

    private const string Word =
        "ゼロ|ぜろ|れい|レイ|まる|マル|いち|イチ|にー|にい(?!ち)|ニー|ニイ(?!チ)|さん|サン|よん|ヨン|ごー|ゴー|ろく|ロク|なな|ナナ|しち|シチ|はち|ハチ|きゅう|きゅー|キュウ|キュー"
        + "|に|ニ|し|シ|ご|ゴ|く|ク|[〇零一二三四五六七八九]|[0-9]{1,4}"
        + "|(?<![a-z])(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![a-z])"
        + "|(?<![a-z])(?:ichi|nii?|san|yon|shichi|shi|go|roku|nana|hachi|kyuu?|rei|maru)(?![a-z])";
}
