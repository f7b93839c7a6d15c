using Microsoft.ML;

namespace SupportBot.Dialogs.Privacy.Learned;

/// <summary>
/// The learned half of the detector: the probability that a candidate is a secret the user typed, from the words
/// around it and its shape (<see cref="CandidateRow"/>). A scanner's finding is kept unless the judge is sure it is
/// not a secret (<see cref="VetoBelow"/>: an address quoted from a phishing mail, a placeholder); a candidate no
/// scanner took is added only when the judge is sure it is one (<see cref="AddFrom"/>). Thresholds chosen by
/// leave-one-file-out measurement (Content/Privacy/README.md). Thread-safe: one prediction engine per thread.
/// </summary>
internal sealed class SecretJudge : IDisposable
{
    /// <summary>By default, a scanner's finding the judge scores below this is dropped.</summary>
    public const float DefaultVetoBelow = 0f;

    /// <summary>By default, a candidate no scanner took is added from this probability.</summary>
    public const float DefaultAddFrom = 0.85f;

    private readonly MLContext _mlContext;
    private readonly ITransformer _model;
    private readonly ThreadLocal<PredictionEngine<CandidateRow, CandidateScore>> _engines;

    public SecretJudge(MLContext mlContext, ITransformer model, float vetoBelow = DefaultVetoBelow, float addFrom = DefaultAddFrom)
    {
        _mlContext = mlContext;
        _model = model;
        VetoBelow = vetoBelow;
        AddFrom = addFrom;
        _engines = new ThreadLocal<PredictionEngine<CandidateRow, CandidateScore>>(
            () => mlContext.Model.CreatePredictionEngine<CandidateRow, CandidateScore>(model));
    }

    public float VetoBelow { get; }

    public float AddFrom { get; }

    /// <summary>The same model with other thresholds (for measuring them).</summary>
    public SecretJudge WithThresholds(float vetoBelow, float addFrom) => new(_mlContext, _model, vetoBelow, addFrom);

    public float Probability(string folded, SecretCandidate candidate) =>
        _engines.Value!.Predict(CandidateRow.Of(folded, candidate)).Probability;

    public bool Keeps(string folded, SecretCandidate candidate)
    {
        if (candidate.FromScanner && VetoBelow <= 0)
        {
            return true;
        }

        var probability = Probability(folded, candidate);
        return candidate.FromScanner ? probability >= VetoBelow : probability >= AddFrom;
    }

    public void Dispose() => _engines.Dispose();
}
