using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Classification;

/// <summary>
/// Scores utterances with a trained ML.NET model. <see cref="PredictionEngine{TSrc,TDst}"/> is not
/// thread-safe, so engines are pooled: a caller takes one, scores, and puts it back; the pool grows
/// only to the number of concurrent callers.
/// </summary>
internal sealed class MlNetSymptomClassifier : ISymptomClassifier, IDisposable
{
    /// <summary>Only the start of a long message is recognised: a symptom is stated early, and scoring cost grows with length.</summary>
    public const int MaxRecognisedLength = 500;

    private readonly MLContext _mlContext;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<SymptomModelInput, SymptomModelOutput>> _engines = [];
    private readonly string[] _labelsInScoreOrder;

    public MlNetSymptomClassifier(MLContext mlContext, ITransformer model)
    {
        _mlContext = mlContext;
        _model = model;
        var engine = CreateEngine();
        _labelsInScoreOrder = ReadScoreLabels(engine.OutputSchema);
        _engines.Add(engine);
    }

    public SymptomPrediction Classify(string? text)
    {
        var input = new SymptomModelInput { Text = TextNormalizer.Normalize(Truncate(text)) };
        var scores = Score(input);

        var alternatives = new LabelScore[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            alternatives[i] = new LabelScore(_labelsInScoreOrder[i], scores[i]);
        }

        Array.Sort(alternatives, static (a, b) => b.Score.CompareTo(a.Score));
        return new SymptomPrediction(alternatives[0].Label, alternatives[0].Score, alternatives);
    }

    public void Dispose()
    {
        while (_engines.TryTake(out var engine))
        {
            engine.Dispose();
        }
    }

    private float[] Score(SymptomModelInput input)
    {
        var engine = _engines.TryTake(out var pooled) ? pooled : CreateEngine();
        try
        {
            return engine.Predict(input).Scores;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private PredictionEngine<SymptomModelInput, SymptomModelOutput> CreateEngine() =>
        _mlContext.Model.CreatePredictionEngine<SymptomModelInput, SymptomModelOutput>(_model);

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
}
