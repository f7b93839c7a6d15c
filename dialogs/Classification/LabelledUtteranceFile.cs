using System.Text.Json;

namespace SupportBot.Dialogs.Classification;

/// <summary>Reads JSON-lines files of labelled utterances, from disk or from the embedded content.</summary>
internal static class LabelledUtteranceFile
{
    public const string TrainingResource = "SupportBot.Content.Classifier/train.jsonl";
    public const string EvaluationResource = "SupportBot.Content.Classifier/eval.jsonl";

    /// <summary>A second evaluation set, written blind after the first had been used to look for error patterns; never looked into while tuning.</summary>
    public const string HoldoutResource = "SupportBot.Content.Classifier/holdout.jsonl";

    public static IReadOnlyList<LabelledUtterance> ReadEmbedded(string resourceName, IReadOnlyList<string>? labels = null)
    {
        using var stream = EmbeddedContent.Open(resourceName);
        using var reader = new StreamReader(stream);
        return Read(reader, labels);
    }

    /// <summary>Reads one object per non-blank line, labelled with one of <paramref name="labels"/> (default: the symptom labels); a malformed line fails with its line number.</summary>
    public static IReadOnlyList<LabelledUtterance> Read(TextReader reader, IReadOnlyList<string>? labels = null)
    {
        labels ??= SymptomLabels.All;
        var utterances = new List<LabelledUtterance>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            utterances.Add(Parse(line, lineNumber, labels));
        }

        return utterances;
    }

    private static LabelledUtterance Parse(string line, int lineNumber, IReadOnlyList<string> labels)
    {
        LabelledUtterance? utterance;
        try
        {
            utterance = JsonSerializer.Deserialize<LabelledUtterance>(line);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Line {lineNumber} is not a JSON object.", exception);
        }

        if (utterance is null || string.IsNullOrEmpty(utterance.Text) || !labels.Contains(utterance.Label))
        {
            throw new InvalidDataException($"Line {lineNumber} needs a \"text\" and one of the labels {string.Join(", ", labels)}.");
        }

        return utterance;
    }
}
