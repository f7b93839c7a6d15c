using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Classification;

/// <summary>
/// Scores utterances with a trained ML.NET model (the symptom model or the answer model). <see cref="PredictionEngine{TSrc,TDst}"/> is not
/// thread-safe, so engines are pooled: a caller takes one, scores, and puts it back; the pool grows
/// only to the number of concurrent callers. Each pooled engine keeps its input and output rows,
/// so a classification allocates little more than its result.
/// </summary>
internal sealed class MlNetTextClassifier : ITextClassifier, IDisposable
{
    /// <summary>Only the start of a long message is recognised: a symptom is stated early, and scoring cost grows with length.</summary>
    public const int MaxRecognisedLength = 500;

    private readonly MLContext _mlContext;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PooledEngine> _engines = [];
    private readonly string[] _labelsInScoreOrder;

    public MlNetTextClassifier(MLContext mlContext, ITransformer model)
    {
        _mlContext = mlContext;
        _model = model;
        var engine = CreateEngine();
        _labelsInScoreOrder = ReadScoreLabels(engine.Engine.OutputSchema);
        _engines.Add(engine);
    }

    public Prediction Classify(string? text)
    {
        var normalized = TextNormalizer.Normalize(Truncate(text));
        if (normalized.Length == 0)
        {
            // No text is no evidence: the model would answer with its prior (the most frequent label), not a reading.
            var even = 1.0 / _labelsInScoreOrder.Length;
            return new Prediction(_labelsInScoreOrder[0], even, [.. _labelsInScoreOrder.Select(label => new LabelScore(label, even))]);
        }

        var engine = _engines.TryTake(out var pooled) ? pooled : CreateEngine();
        LabelScore[] alternatives;
        try
        {
            alternatives = engine.Score(normalized, _labelsInScoreOrder);
        }
        finally
        {
            _engines.Add(engine);
        }

        Array.Sort(alternatives, static (a, b) => b.Score.CompareTo(a.Score));
        return new Prediction(alternatives[0].Label, alternatives[0].Score, alternatives);
    }

    public void Dispose()
    {
        while (_engines.TryTake(out var engine))
        {
            engine.Engine.Dispose();
        }
    }

    private PooledEngine CreateEngine() =>
        new(_mlContext.Model.CreatePredictionEngine<TextModelInput, TextModelOutput>(_model));

    private static string[] ReadScoreLabels(DataViewSchema outputSchema)
    {
        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        outputSchema["Score"].GetSlotNames(ref slotNames);
        return slotNames.DenseValues().Select(name => name.ToString()).ToArray();
    }

    private static string? Truncate(string? text)
    {
        if (text is null || text.Length <= MaxRecognisedLength)
        {
            return text;
        }

        // Never cut a surrogate pair (emoji) in half.
        var length = char.IsHighSurrogate(text[MaxRecognisedLength - 1]) ? MaxRecognisedLength - 1 : MaxRecognisedLength;
        return text[..length];
    }

    private sealed class PooledEngine(PredictionEngine<TextModelInput, TextModelOutput> engine)
    {
        private readonly TextModelInput _input = new();
        private TextModelOutput _output = new();

        public PredictionEngine<TextModelInput, TextModelOutput> Engine => engine;

        public LabelScore[] Score(string normalizedText, string[] labels)
        {
            _input.Text = normalizedText;
            engine.Predict(_input, ref _output);
            var scores = new LabelScore[labels.Length];
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] = new LabelScore(labels[i], _output.Scores[i]);
            }

            return scores;
        }
    }
}
