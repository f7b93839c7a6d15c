using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tools;

/// <summary>
/// One model's files in a content folder (<c>dialogs/Content</c> or a copy of it): the training file lines are folded
/// into, the evaluation files no training line may equal, and for the symptom model the generic login examples.
/// </summary>
internal sealed record TrainingFolder(string Model, string TrainingPath, IReadOnlyList<string> EvaluationPaths, string? GenericPath, ModelBar Bar)
{
    private const string ContentFolderName = "Content";

    public IReadOnlyList<string> Labels => Bar.Labels;

    /// <summary>The files of <paramref name="model"/> (<see cref="TextModels.Symptom"/> or <see cref="TextModels.Answer"/>) under <paramref name="contentFolder"/>; the first evaluation file is the figure to trust.</summary>
    public static TrainingFolder For(string contentFolder, string model) => model switch
    {
        TextModels.Symptom => new(
            model,
            Path.Combine(contentFolder, "Classifier", "train.jsonl"),
            [Path.Combine(contentFolder, "Classifier", "holdout.jsonl"), Path.Combine(contentFolder, "Classifier", "eval.jsonl")],
            Path.Combine(contentFolder, "Classifier", "generic.json"),
            ModelBar.Symptom),
        TextModels.Answer => new(
            model,
            Path.Combine(contentFolder, "Answers", "train.jsonl"),
            [Path.Combine(contentFolder, "Answers", "eval.jsonl")],
            null,
            ModelBar.Answer),
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, $"A model is {TextModels.Symptom} or {TextModels.Answer}."),
    };

    /// <summary>
    /// <c>dialogs/Content</c> of the checkout the command was started in: from the shell's directory (<c>dotnet run
    /// --project bot</c> may start the process elsewhere) or the process's, or any folder above them.
    /// </summary>
    public static string? FindDefaultContentFolder()
    {
        var starts = new[] { Environment.GetEnvironmentVariable("PWD"), Directory.GetCurrentDirectory() };
        foreach (var start in starts.Where(start => !string.IsNullOrEmpty(start)))
        {
            for (var directory = new DirectoryInfo(start!); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "dialogs", ContentFolderName);
                if (File.Exists(Path.Combine(candidate, "Classifier", "train.jsonl")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public IReadOnlyList<LabelledUtterance> ReadTraining() => Read(TrainingPath, Labels);

    public IReadOnlyList<LabelledUtterance> ReadEvaluation(string path) => Read(path, Labels);

    /// <summary>Generic "can't log in" examples, which are trained under every login label and so never under one.</summary>
    public IReadOnlyList<string> ReadGenericExamples()
    {
        if (GenericPath is null)
        {
            return [];
        }

        using var stream = File.OpenRead(GenericPath);
        return GenericLoginContent.Load(stream, GenericPath).Examples;
    }

    /// <summary>The rows the model is trained on, as the bot trains it from its embedded copy of these files.</summary>
    public IEnumerable<LabelledUtterance> TrainingRows(IReadOnlyList<LabelledUtterance> training)
    {
        if (GenericPath is null)
        {
            return training;
        }

        using var stream = File.OpenRead(GenericPath);
        return TextModels.SymptomTrainingRows(training, GenericLoginContent.Load(stream, GenericPath)).ToList();
    }

    private static IReadOnlyList<LabelledUtterance> Read(string path, IReadOnlyList<string> labels)
    {
        using var reader = new StreamReader(path);
        try
        {
            return LabelledUtteranceFile.Read(reader, labels);
        }
        catch (InvalidDataException invalid)
        {
            throw new InvalidDataException($"{path}: {invalid.Message}", invalid);
        }
    }
}
