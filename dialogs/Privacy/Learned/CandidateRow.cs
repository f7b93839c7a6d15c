using System.Text;
using Microsoft.ML.Data;

namespace SupportBot.Dialogs.Privacy.Learned;

/// <summary>
/// What the judge reads about one candidate: the words before and after it, the value itself, and its shape
/// (kind, length, character classes, digits, whether it was quoted), as ML.NET columns.
/// </summary>
internal sealed class CandidateRow
{
    private const int Window = 30;

    public string Before { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public string After { get; set; } = string.Empty;

    public string Shape { get; set; } = string.Empty;

    public bool Label { get; set; }

    public static CandidateRow Of(string folded, SecretCandidate candidate, bool label = false)
    {
        var beforeStart = Math.Max(0, candidate.Start - Window);
        var value = folded.AsSpan(candidate.Start, candidate.Length);
        return new CandidateRow
        {
            Before = folded[beforeStart..candidate.Start].ToLowerInvariant(),
            Value = value.ToString().ToLowerInvariant(),
            After = folded.Substring(candidate.End, Math.Min(Window, folded.Length - candidate.End)).ToLowerInvariant(),
            Shape = ShapeWords(folded, candidate),
            Label = label,
        };
    }

    private static string ShapeWords(string folded, SecretCandidate candidate)
    {
        var value = folded.AsSpan(candidate.Start, candidate.Length);
        var digits = Token.CountDigits(value);
        var quoted = candidate.Start > 0 && "「『\"'“‘(".Contains(folded[candidate.Start - 1]);
        var alone = folded.AsSpan().Trim().Length <= candidate.Length + 2;
        return $"kind{candidate.Kind} len{Bucket(value.Length)} cls{Token.CharacterClasses(value)} dig{Bucket(digits)} "
            + $"digitshare{digits * 4 / Math.Max(1, value.Length)} shape{Pattern(value)} {(quoted ? "quoted" : "bare")} "
            + $"{(alone ? "alone" : "insentence")} {(Token.HasJoiner(value) ? "joined" : "plain")}";
    }

    private static int Bucket(int n) => n switch { < 4 => n, < 6 => 4, < 8 => 6, < 11 => 8, < 14 => 11, < 17 => 14, _ => 17 };

    /// <summary>The value as classes with repeats collapsed: "Sakura2024!" is "Aa9!", "ねこ8さい" is "J9J".</summary>
    private static string Pattern(ReadOnlySpan<char> value)
    {
        var pattern = new StringBuilder(8);
        foreach (var c in value)
        {
            var cls = c switch
            {
                _ when char.IsAsciiLetterUpper(c) => 'A',
                _ when char.IsAsciiLetterLower(c) => 'a',
                _ when char.IsAsciiDigit(c) => '9',
                ' ' => '_',
                '-' or '.' or '_' => 'j',
                '@' => 'm',
                _ when c > '~' => 'J',
                _ => 's',
            };
            if (pattern.Length == 0 || pattern[^1] != cls)
            {
                pattern.Append(cls);
            }
        }

        return pattern.Length > 8 ? pattern.ToString(0, 8) + "+" : pattern.ToString();
    }
}

/// <summary>The judge's output for one candidate.</summary>
internal sealed class CandidateScore
{
    [ColumnName("Probability")]
    public float Probability { get; set; }
}
