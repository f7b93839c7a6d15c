using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>The default detector, and what it finds of one kind, as the text it covers.</summary>
internal static class DetectorFindings
{
    public static readonly SensitiveDataDetector Detector = SensitiveDataDetector.CreateDefault();

    public static IEnumerable<string> Found(string text, SensitiveKind kind) =>
        Detector.Find(text).Where(f => f.Kind == kind).Select(f => text.Substring(f.Start, f.Length));
}
