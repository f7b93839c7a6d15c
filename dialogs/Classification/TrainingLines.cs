using System.Text;
using SupportBot.Dialogs.Recognition;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Classification;

/// <summary>
/// The line format of the training files in <c>Content/</c> (<c>{"text": "…", "label": "…"}</c>, Japanese unescaped),
/// and the key by which two lines count as the same utterance.
/// </summary>
public static class TrainingLines
{
    /// <summary>One training line, byte for byte as the files are written: only quotes, backslashes and control characters escaped.</summary>
    public static string Format(string text, string label) => $"{{\"text\": {Quoted(text)}, \"label\": {Quoted(label)}}}";

    /// <summary>
    /// Letters and digits of the normalised text: width, case, kana, punctuation, spaces and emoji ignored, as the data
    /// tests compare evaluation lines with training lines (stricter than the model's own normalisation).
    /// </summary>
    public static string ComparisonKey(string text) => string.Concat(TextNormalizer.Normalize(text).Where(char.IsLetterOrDigit));

    /// <summary>The model a label belongs to (<see cref="TextModels.Symptom"/> or <see cref="TextModels.Answer"/>), null for neither; the two label sets are disjoint.</summary>
    public static string? ModelOf(string label) =>
        SymptomLabels.All.Contains(label) ? TextModels.Symptom
        : AnswerKinds.All.Contains(label) ? TextModels.Answer
        : null;

    private static string Quoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' => builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
