using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Classification;

/// <summary>
/// Scores utterances with a trained ML.NET model. <see cref="PredictionEngine{TSrc,TDst}"/> is not
/// thread-safe, so engines are pooled: a caller takes one, scores, and puts it back; the pool grows
/// only to the number of concurrent callers. Each pooled engine keeps its input and output rows,
/// so a classification allocates little more than its result.
/// </summary>
internal sealed class MlNetSymptomClassifier : ISymptomClassifier, IDisposable
{
    /// <summary>Only the start of a long message is recognised: a symptom is stated early, and scoring cost grows with length.</summary>
    public const int MaxRecognisedLength = 500;

    private readonly MLContext _mlContext;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PooledEngine> _engines = [];
    private readonly string[] _labelsInScoreOrder;

    public MlNetSymptomClassifier(MLContext mlContext, ITransformer model)
    {
        _mlContext = mlContext;
        _model = model;
        var engine = CreateEngine();
        _labelsInScoreOrder = ReadScoreLabels(engine.Engine.OutputSchema);
        _engines.Add(engine);
    }

    public SymptomPrediction Classify(string? text)
    {
        var normalized = TextNormalizer.Normalize(Truncate(text));
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
        return new SymptomPrediction(alternatives[0].Label, alternatives[0].Score, alternatives);
    }

    public void Dispose()
    {
        while (_engines.TryTake(out var engine))
        {
            engine.Engine.Dispose();
        }
    }

    private PooledEngine CreateEngine() =>
        new(_mlContext.Model.CreatePredictionEngine<SymptomModelInput, SymptomModelOutput>(_model));

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

    private sealed class PooledEngine(PredictionEngine<SymptomModelInput, SymptomModelOutput> engine)
    {
        private readonly SymptomModelInput _input = new();
        private SymptomModelOutput _output = new();

        public PredictionEngine<SymptomModelInput, SymptomModelOutput> Engine => engine;

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
