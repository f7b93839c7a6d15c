namespace SupportBot.Dialogs.Classification;

/// <summary>
/// One trained text model: its name (keyed-service key and cache-file prefix), the embedded content it is
/// trained from (all of it is hashed into the cache key) and how that content becomes training rows.
/// </summary>
internal sealed record TextModelSpec(string Name, IReadOnlyList<string> ContentResources, Func<IEnumerable<LabelledUtterance>> TrainingRows);

/// <summary>The two models the bot understands people with.</summary>
public static class TextModels
{
    /// <summary>Which login problem (or none) a message describes: labels in <see cref="SymptomLabels"/>.</summary>
    public const string Symptom = "symptom";

    /// <summary>What an answer to the bot's question means: labels in <see cref="Understanding.AnswerKinds"/>.</summary>
    public const string Answer = "answer";

    internal const string AnswerTrainingResource = "SupportBot.Content.Answers/train.jsonl";
    internal const string AnswerEvaluationResource = "SupportBot.Content.Answers/eval.jsonl";

    // A generic "can't log in" is evidence for every login problem and against none, so it is taught
    // once under each of these labels: the model learns that those words alone do not pick one.
    private static readonly string[] LoginProblemLabels =
        [SymptomLabels.ForgotPassword, SymptomLabels.ForgotEmail, SymptomLabels.CacheCookie, SymptomLabels.AccountHijack];

    internal static TextModelSpec SymptomSpec { get; } = new(
        Symptom,
        [LabelledUtteranceFile.TrainingResource, GenericLoginContent.Resource],
        () => SymptomTrainingRows(LabelledUtteranceFile.ReadEmbedded(LabelledUtteranceFile.TrainingResource), GenericLoginContent.LoadEmbedded()));

    /// <summary>The symptom model's training rows: the labelled lines, and each generic example once under every login-problem label.</summary>
    internal static IEnumerable<LabelledUtterance> SymptomTrainingRows(IEnumerable<LabelledUtterance> training, GenericLoginContent generic) =>
        training.Concat(generic.Examples.SelectMany(text => LoginProblemLabels.Select(label => new LabelledUtterance(text, label))));

    internal static TextModelSpec AnswerSpec { get; } = new(
        Answer,
        [AnswerTrainingResource],
        () => LabelledUtteranceFile.ReadEmbedded(AnswerTrainingResource, Understanding.AnswerKinds.All));
}
