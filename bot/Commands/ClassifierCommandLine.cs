using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Bot.Commands;

/// <summary>
/// The classifier's developer commands, run instead of the web host:
/// <c>eval &lt;file.jsonl&gt;</c> reports on a labelled set; <c>classify</c> turns stdin lines into JSON lines.
/// </summary>
internal static class ClassifierCommandLine
{
    private const int UsageError = 2;
    private const int BelowBar = 1;
    private const double AccuracyBar = 0.90;
    private const double ConfidentlyWrongBar = 0.03;
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
            ["eval", var path] => await EvaluateAsync(path, stdout, stderr),
            ["eval", ..] => await UsageAsync(stderr),
            ["classify"] => await ClassifyAsync(stdin, stdout, stderr),
            _ => null,
        };
    }

    private static async Task<int> EvaluateAsync(string path, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<LabelledUtterance> examples;
        try
        {
            using var reader = new StreamReader(FromCallerDirectory(path));
            examples = LabelledUtteranceFile.Read(reader);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await stderr.WriteLineAsync($"eval: cannot read {path}: {exception.Message}");
            return UsageError;
        }

        using var classifier = await CreateClassifierAsync(stderr);
        var evaluation = ClassifierEvaluator.Evaluate(classifier, examples.ToList());
        await EvaluationReport.WriteAsync(evaluation, path, stdout);
        return evaluation.Accuracy >= AccuracyBar && evaluation.ConfidentlyWrongRate <= ConfidentlyWrongBar ? 0 : BelowBar;
    }

    private static async Task<int> ClassifyAsync(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        using var classifier = await CreateClassifierAsync(stderr);
        while (await stdin.ReadLineAsync() is { } line)
        {
            var prediction = classifier.Classify(line);
            var json = JsonSerializer.Serialize(new ClassifiedLine(line, prediction.Label, Math.Round(prediction.Confidence, 4)), JsonLines);
            await stdout.WriteLineAsync(json);
            await stdout.FlushAsync();
        }

        return 0;
    }

    private static async Task<MlNetSymptomClassifier> CreateClassifierAsync(TextWriter stderr)
    {
        var started = TimeProvider.System.GetTimestamp();
        var options = new SymptomClassifierOptions();
        if (Environment.GetEnvironmentVariable(CacheDirectoryVariable) is { } cacheDirectory)
        {
            options.ModelCacheDirectory = cacheDirectory;
        }

        var classifier = SymptomClassifierFactory.Create(options, NullLogger.Instance);
        await stderr.WriteLineAsync($"classifier ready in {TimeProvider.System.GetElapsedTime(started).TotalMilliseconds:F0} ms");
        return classifier;
    }

    // `dotnet run --project bot` starts the process in bot/, but the user typed the path relative to their shell's directory.
    private static string FromCallerDirectory(string path)
    {
        var callerDirectory = Environment.GetEnvironmentVariable("PWD");
        if (Path.IsPathRooted(path) || File.Exists(path) || string.IsNullOrEmpty(callerDirectory))
        {
            return path;
        }

        var fromCaller = Path.Combine(callerDirectory, path);
        return File.Exists(fromCaller) ? fromCaller : path;
    }

    private static async Task<int> UsageAsync(TextWriter stderr)
    {
        await stderr.WriteLineAsync("usage: eval <file.jsonl> | classify (utterances on stdin, JSON lines on stdout)");
        return UsageError;
    }

    private sealed record ClassifiedLine(
        [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text,
        [property: System.Text.Json.Serialization.JsonPropertyName("label")] string Label,
        [property: System.Text.Json.Serialization.JsonPropertyName("confidence")] double Confidence);
}
