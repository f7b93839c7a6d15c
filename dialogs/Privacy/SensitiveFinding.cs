namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// One sensitive value found in a text: its kind and where it is, as UTF-16 positions in the
/// original string (not in any normalised copy).
/// </summary>
public sealed record SensitiveFinding(SensitiveKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(SensitiveFinding other) => Start < other.End && other.Start < End;
}
