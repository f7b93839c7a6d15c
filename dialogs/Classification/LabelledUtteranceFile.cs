using System.Text.Json;

namespace SupportBot.Dialogs.Classification;

/// <summary>Reads JSON-lines files of labelled utterances, from disk or from the embedded content.</summary>
internal static class LabelledUtteranceFile
{
    public const string TrainingResource = "SupportBot.Content.Classifier/train.jsonl";
    public const string EvaluationResource = "SupportBot.Content.Classifier/eval.jsonl";

    public static IReadOnlyList<LabelledUtterance> ReadEmbedded(string resourceName)
    {
        using var stream = EmbeddedContent.Open(resourceName);
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    /// <summary>Reads one object per non-blank line; a malformed line fails with its line number.</summary>
    public static IReadOnlyList<LabelledUtterance> Read(TextReader reader)
    {
        var utterances = new List<LabelledUtterance>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            utterances.Add(Parse(line, lineNumber));
        }

        return utterances;
    }

    private static LabelledUtterance Parse(string line, int lineNumber)
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

        if (utterance is null || string.IsNullOrEmpty(utterance.Text) || !SymptomLabels.All.Contains(utterance.Label))
        {
            throw new InvalidDataException($"Line {lineNumber} needs a \"text\" and one of the labels {string.Join(", ", SymptomLabels.All)}.");
        }

        return utterance;
    }
}
