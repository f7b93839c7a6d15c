namespace SupportBot.Dialogs.Privacy.Learned;

/// <summary>
/// A stretch of the normalised text that may be a secret: found by a scanner (<paramref name="FromScanner"/>) or only
/// proposed by <see cref="CandidateGenerator"/> from its shape. Positions are in the normalised text.
/// </summary>
internal sealed record SecretCandidate(SensitiveKind Kind, int Start, int Length, bool FromScanner)
{
    public int End => Start + Length;

    public SensitiveFinding ToFinding() => new(Kind, Start, Length);

    public bool Overlaps(SecretCandidate other) => Start < other.End && other.Start < End;
}
