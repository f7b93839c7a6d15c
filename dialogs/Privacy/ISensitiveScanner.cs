namespace SupportBot.Dialogs.Privacy;

/// <summary>One detection rule. Scanners may report overlapping findings; the detector resolves them.</summary>
internal interface ISensitiveScanner
{
    /// <param name="folded">The user's text after <see cref="NormalizedText"/>; positions are mapped back by the detector.</param>
    /// <param name="findings">Where to add what was found.</param>
    void Scan(string folded, List<SensitiveFinding> findings);
}
