using SupportBot.Dialogs.Privacy.Learned;

namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Runs every detection rule on a normalised copy of the text (<see cref="NormalizedText"/>: width
/// forms, other scripts' digits, invisible and separating characters) and keeps one finding per stretch of text: where rules overlap,
/// the more dangerous kind wins (card, then security code, then password, email, phone), then
/// the longer finding. With a <see cref="SecretJudge"/>, every scanner's finding and every candidate
/// <see cref="CandidateGenerator"/> proposes is judged from its context first (issue 15: the patterns alone plateau
/// near 0.95 on text nobody has read). Build it once and share it between threads. The recognizer models are built
/// on the first text that needs them; <see cref="WarmUp"/> builds them ahead of that.
/// </summary>
internal sealed class SensitiveDataDetector : ISensitiveDataDetector
{
    // One judge per process, trained on the embedded read files the first time a default detector needs it.
    private static readonly Lazy<SecretJudge> DefaultJudge = new(() =>
        SecretJudgeTrainer.Train(new SensitiveDataDetector(NotSecretsLexicon.LoadEmbedded()), PrivacyTrainingLines.ReadAll()));

    private readonly ISensitiveScanner[] _scanners;
    private readonly SecretJudge? _judge;

    /// <param name="lexicon">The allow list the scanners read.</param>
    /// <param name="judge">The learned judge; without it, the scanners' findings are taken as they are.</param>
    public SensitiveDataDetector(NotSecretsLexicon lexicon, SecretJudge? judge = null)
    {
        _judge = judge;
        _scanners =
        [
            new CardNumberScanner(),
            new SecurityCodeScanner(),
            new PasswordScanner(lexicon),
            new EmailAddressScanner(lexicon),
            new PhoneNumberScanner(lexicon),
        ];
    }

    /// <summary>The detector with the allow list from the embedded content file and the judge trained on the read files.</summary>
    public static SensitiveDataDetector CreateDefault() => new(NotSecretsLexicon.LoadEmbedded(), DefaultJudge.Value);

    /// <summary>
    /// Builds what the first detection would otherwise wait for (the recognizer models with their
    /// compiled patterns, the folding table), by detecting in a text that needs every rule.
    /// </summary>
    public void WarmUp() => Find("warm.up@example.com 090-0000-0000");

    public IReadOnlyList<SensitiveFinding> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var normalized = NormalizedText.Of(text);
        var candidates = _judge is null ? ScannerFindings(normalized.Text) : Judged(normalized.Text, _judge);
        List<SensitiveFinding> findings = candidates.Count switch
        {
            0 => [],
            1 => candidates,
            _ => WithoutOverlaps(candidates),
        };
        for (var i = 0; i < findings.Count; i++)
        {
            findings[i] = normalized.ToOriginal(findings[i]);
        }

        return findings;
    }

    /// <summary>
    /// What the scanners found in <paramref name="folded"/>, then the generated candidates that are not the same stretch
    /// as one of theirs: what the judge scores, and what it learns from.
    /// </summary>
    public List<SecretCandidate> Candidates(string folded)
    {
        var candidates = ScannerFindings(folded).ConvertAll(f => new SecretCandidate(f.Kind, f.Start, f.Length, FromScanner: true));
        var generated = new List<SecretCandidate>();
        CandidateGenerator.Add(folded, generated);
        foreach (var candidate in generated)
        {
            if (!candidates.Exists(c => c.Start == candidate.Start && c.Length == candidate.Length)
                && !QuotedValueContext.IsNotTheirs(folded, candidate.ToFinding()))
            {
                candidates.Add(candidate);
            }
        }

        return candidates;
    }

    private List<SensitiveFinding> ScannerFindings(string folded)
    {
        var findings = new List<SensitiveFinding>();
        foreach (var scanner in _scanners)
        {
            scanner.Scan(folded, findings);
        }

        findings.RemoveAll(candidate => QuotedValueContext.IsNotTheirs(folded, candidate));
        return findings;
    }

    private List<SensitiveFinding> Judged(string folded, SecretJudge judge)
    {
        var kept = new List<SensitiveFinding>();
        var candidates = Candidates(folded);
        foreach (var candidate in candidates)
        {
            // Where a scanner found something, its stretch is the one redacted (「ぱす:mikan1209」 is "mikan1209", not
            // ":mikan1209"), and a plain word is never added: no need to ask the judge.
            var covered = !candidate.FromScanner
                && (CandidateGenerator.IsPlainWord(folded.AsSpan(candidate.Start, candidate.Length))
                    || candidates.Exists(c => c.FromScanner && c.Overlaps(candidate)));
            if (!covered && judge.Keeps(folded, candidate))
            {
                kept.Add(candidate.ToFinding());
            }
        }

        return kept;
    }

    private static List<SensitiveFinding> WithoutOverlaps(List<SensitiveFinding> candidates)
    {
        // Groups of a phone number ("+81 70 3392 1180") look like a code on their own, and an address spelled out
        // (jiro(at)mail.example.ne.jp) like an opaque token: the whole number or address is what was typed.
        candidates.RemoveAll(part => Within(part, SensitiveKind.SecurityCode, SensitiveKind.PhoneNumber, candidates)
            || Within(part, SensitiveKind.Password, SensitiveKind.EmailAddress, candidates));
        var kept = new List<SensitiveFinding>(candidates.Count);
        foreach (var candidate in candidates.OrderBy(f => Precedence(f.Kind)).ThenByDescending(f => f.Length))
        {
            if (!kept.Exists(candidate.Overlaps))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static bool Within(SensitiveFinding part, SensitiveKind partKind, SensitiveKind wholeKind, List<SensitiveFinding> candidates) =>
        part.Kind == partKind
        && candidates.Exists(whole => whole.Kind == wholeKind && whole.Start <= part.Start && whole.End >= part.End
            && (whole.Length > part.Length || partKind == SensitiveKind.Password));

    private static int Precedence(SensitiveKind kind) => kind switch
    {
        SensitiveKind.CardNumber => 0,
        SensitiveKind.SecurityCode => 1,
        SensitiveKind.Password => 2,
        SensitiveKind.EmailAddress => 3,
        _ => 4,
    };
}
