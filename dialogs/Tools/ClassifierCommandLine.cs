using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tools;

/// <summary>
/// The classifier's developer commands, run instead of the web host:
/// <c>eval [answer] &lt;file.jsonl&gt;</c> reports on a labelled set (the symptom model, or the answer model);
/// <c>classify [answer]</c> turns stdin lines into JSON lines.
/// </summary>
public static class ClassifierCommandLine
{
    private const int UsageError = 2;
    private const int BelowBar = 1;
    private const string CacheDirectoryVariable = "Classifier__ModelCacheDirectory";

    private static readonly JsonSerializerOptions JsonLines = new()
    {
        // Keep Japanese readable in the output instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs the command named by <paramref name="args"/>; null when the args are not one of ours (start the bot).</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        return args switch
        {
            ["eval", TextModels.Answer, var path] => await EvaluateAsync(ModelBar.Answer, path, stdout, stderr),
            ["eval", var path] => await EvaluateAsync(ModelBar.Symptom, path, stdout, stderr),
            ["eval", ..] => await UsageAsync(stderr),
            ["classify"] => await ClassifyAsync(TextModels.SymptomSpec, stdin, stdout, stderr),
            ["classify", TextModels.Answer] => await ClassifyAsync(TextModels.AnswerSpec, stdin, stdout, stderr),
            _ => null,
        };
    }

    private static async Task<int> EvaluateAsync(ModelBar bar, string path, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<LabelledUtterance> examples;
        try
        {
            using var reader = new StreamReader(CommandPaths.FromCallerDirectory(path));
            examples = LabelledUtteranceFile.Read(reader, bar.Labels);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await stderr.WriteLineAsync($"eval: cannot read {path}: {exception.Message}");
            return UsageError;
        }

        using var classifier = await CreateClassifierAsync(bar.Spec, stderr);
        var evaluation = ClassifierEvaluator.Evaluate(classifier, examples.ToList(), bar.Labels, bar.ConfidentThreshold);
        await EvaluationReport.WriteAsync(evaluation, path, stdout);
        var failures = bar.Failures(evaluation);
        foreach (var failure in failures)
        {
            await stdout.WriteLineAsync($"below the bar: {failure}");
        }

        return failures.Count == 0 ? 0 : BelowBar;
    }

    private static async Task<int> ClassifyAsync(TextModelSpec spec, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        using var classifier = await CreateClassifierAsync(spec, stderr);
        while (await stdin.ReadLineAsync() is { } line)
        {
            var prediction = classifier.Classify(line);
            var json = JsonSerializer.Serialize(new ClassifiedLine(line, prediction.Label, Math.Round(prediction.Confidence, 4)), JsonLines);
            await stdout.WriteLineAsync(json);
            await stdout.FlushAsync();
        }

        return 0;
    }

    private static async Task<MlNetTextClassifier> CreateClassifierAsync(TextModelSpec spec, TextWriter stderr)
    {
        var started = TimeProvider.System.GetTimestamp();
        var options = new SymptomClassifierOptions();
        if (Environment.GetEnvironmentVariable(CacheDirectoryVariable) is { } cacheDirectory)
        {
            options.ModelCacheDirectory = cacheDirectory;
        }

        var classifier = TextClassifierFactory.Create(spec, options, NullLogger.Instance);
        await stderr.WriteLineAsync($"classifier ready in {TimeProvider.System.GetElapsedTime(started).TotalMilliseconds:F0} ms");
        return classifier;
    }

    private static async Task<int> UsageAsync(TextWriter stderr)
    {
        await stderr.WriteLineAsync("usage: eval [answer] <file.jsonl> | classify [answer] (utterances on stdin, JSON lines on stdout)");
        return UsageError;
    }

    private sealed record ClassifiedLine(
        [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text,
        [property: System.Text.Json.Serialization.JsonPropertyName("label")] string Label,
        [property: System.Text.Json.Serialization.JsonPropertyName("confidence")] double Confidence);
}
