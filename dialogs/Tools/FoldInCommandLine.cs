using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Tools;

/// <summary>
/// <c>fold-in &lt;exported.jsonl&gt; [--model symptom|answer] [--content &lt;folder&gt;]</c>: appends the review queue's
/// labelled lines to the model's <c>train.jsonl</c> (never one equal to an evaluation line, nor a duplicate), then
/// trains the model from the folder before and after and prints both evaluations. Exit code 1 when the model after the
/// fold-in is below its bar (the lines stay appended: read the figures, and take them out again if they hurt).
/// </summary>
public static class FoldInCommandLine
{
    private const int UsageError = 2;
    private const int BelowBar = 1;
    private const string Usage = "usage: fold-in <exported.jsonl> [--model symptom|answer] [--content <dialogs/Content folder>]";

    /// <summary>Runs the command named by <paramref name="args"/>; null when the args are not this command.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is not ["fold-in", ..])
        {
            return null;
        }

        if (!TryParse(args[1..], out var arguments))
        {
            await stderr.WriteLineAsync(Usage);
            return UsageError;
        }

        try
        {
            return await RunAsync(arguments, stdout, stderr);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await stderr.WriteLineAsync($"fold-in: {exception.Message}");
            return UsageError;
        }
    }

    private static async Task<int> RunAsync(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var exportedPath = CommandPaths.FromCallerDirectory(arguments.Exported);
        IReadOnlyList<LabelledUtterance> exported;
        using (var reader = new StreamReader(exportedPath))
        {
            exported = LabelledUtteranceFile.Read(reader, [.. SymptomLabels.All, .. AnswerKinds.All]);
        }

        var models = exported.Select(line => TrainingLines.ModelOf(line.Label)).Distinct().ToList();
        var model = arguments.Model ?? (models.Count == 1 ? models[0] : null);
        if (model is null || models.Any(found => found != model))
        {
            await stderr.WriteLineAsync($"fold-in: {exportedPath} must hold the labels of one model; name it with --model {TextModels.Symptom}|{TextModels.Answer} (the review queue exports one file per model).");
            return UsageError;
        }

        var content = arguments.Content is { } given ? CommandPaths.FromCallerDirectoryOrFolder(given) : TrainingFolder.FindDefaultContentFolder();
        if (content is null)
        {
            await stderr.WriteLineAsync("fold-in: no dialogs/Content folder above this directory; give one with --content.");
            return UsageError;
        }

        var folder = TrainingFolder.For(content, model);
        var training = folder.ReadTraining();
        var evaluations = folder.EvaluationPaths.Select(path => (Path: path, Lines: folder.ReadEvaluation(path))).ToList();
        var plan = FoldInPlan.Make(exported, training, evaluations.SelectMany(evaluation => evaluation.Lines).Select(line => line.Text), folder.ReadGenericExamples());
        await WritePlanAsync(plan, exported.Count, exportedPath, folder, stdout);

        var before = Evaluate(folder, training, evaluations);
        if (plan.Append.Count == 0)
        {
            await stdout.WriteLineAsync("nothing new: training unchanged");
            await FoldInReport.WriteAsync(before, before, stdout);
            return await BarAsync(folder, before[0].Evaluation, stdout);
        }

        await AppendAsync(folder.TrainingPath, plan.Append);
        var after = Evaluate(folder, [.. training, .. plan.Append], evaluations);
        await FoldInReport.WriteAsync(before, after, stdout);
        await stderr.WriteLineAsync("the bot embeds its training data: rebuild it (dotnet run does) to use the new lines");
        return await BarAsync(folder, after[0].Evaluation, stdout);
    }

    private static async Task WritePlanAsync(FoldInPlan plan, int read, string exportedPath, TrainingFolder folder, TextWriter stdout)
    {
        await stdout.WriteLineAsync($"{read} lines from {exportedPath} for the {folder.Model} model ({folder.TrainingPath})");
        await stdout.WriteLineAsync($"appended: {plan.Append.Count}");
        await stdout.WriteLineAsync($"skipped: {plan.SkippedCount}");
        foreach (var (reason, count) in plan.Skipped.Where(skip => skip.Value > 0))
        {
            await stdout.WriteLineAsync($"  {count,5} {FoldInReport.Describe(reason)}");
        }
    }

    private static List<FoldInReport.Figures> Evaluate(
        TrainingFolder folder, IReadOnlyList<LabelledUtterance> training, IReadOnlyList<(string Path, IReadOnlyList<LabelledUtterance> Lines)> evaluations)
    {
        // The same seed and pipeline as the bot's own model, so "before" equals what `eval` reports on the same data.
        var mlContext = new Microsoft.ML.MLContext(seed: 0);
        var model = TextModelTrainer.Train(mlContext, folder.TrainingRows(training));
        using var classifier = new MlNetTextClassifier(mlContext, model);
        return evaluations
            .Select(evaluation => new FoldInReport.Figures(
                Path.GetFileName(evaluation.Path),
                ClassifierEvaluator.Evaluate(classifier, evaluation.Lines.ToList(), folder.Labels, folder.Bar.ConfidentThreshold)))
            .ToList();
    }

    /// <summary>Appends one line each, starting on a new line even if the file's last line has no line break.</summary>
    private static async Task AppendAsync(string trainingPath, IReadOnlyList<LabelledUtterance> lines)
    {
        var existing = await File.ReadAllTextAsync(trainingPath);
        var separator = existing.Length > 0 && !existing.EndsWith('\n') ? "\n" : string.Empty;
        var appended = string.Concat(lines.Select(line => TrainingLines.Format(line.Text, line.Label) + "\n"));
        await File.AppendAllTextAsync(trainingPath, separator + appended, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static async Task<int> BarAsync(TrainingFolder folder, ClassifierEvaluation evaluation, TextWriter stdout)
    {
        var failures = folder.Bar.Failures(evaluation);
        foreach (var failure in failures)
        {
            await stdout.WriteLineAsync($"below the bar on {Path.GetFileName(folder.EvaluationPaths[0])}: {failure}");
        }

        return failures.Count == 0 ? 0 : BelowBar;
    }

    private static bool TryParse(string[] args, out Arguments arguments)
    {
        arguments = new Arguments(string.Empty, null, null);
        string? exported = null, model = null, content = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--model" when i + 1 < args.Length && args[i + 1] is TextModels.Symptom or TextModels.Answer:
                    model = args[++i];
                    break;
                case "--content" when i + 1 < args.Length:
                    content = args[++i];
                    break;
                case var path when !path.StartsWith("--", StringComparison.Ordinal) && exported is null:
                    exported = path;
                    break;
                default:
                    return false;
            }
        }

        arguments = new Arguments(exported ?? string.Empty, model, content);
        return exported is not null;
    }

    private sealed record Arguments(string Exported, string? Model, string? Content);
}
