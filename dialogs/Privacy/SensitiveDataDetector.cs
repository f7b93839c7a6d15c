namespace SupportBot.Dialogs.Privacy;

/// <summary>
/// Runs every detection rule on a normalised copy of the text (<see cref="NormalizedText"/>: width
/// forms, other scripts' digits, invisible and separating characters) and keeps one finding per stretch of text: where rules overlap,
/// the more dangerous kind wins (card, then security code, then password, email, phone), then
/// the longer finding. Build it once and share it between threads. The recognizer models are built
/// on the first text that needs them; <see cref="WarmUp"/> builds them ahead of that.
/// </summary>
internal sealed class SensitiveDataDetector : ISensitiveDataDetector
{
    private readonly ISensitiveScanner[] _scanners;

    // The rules that read numbers, run again on numbers read out in words (DigitsReadOut).
    private readonly ISensitiveScanner[] _numberScanners;

    public SensitiveDataDetector(NotSecretsLexicon lexicon)
    {
        var cards = new CardNumberScanner();
        var codes = new SecurityCodeScanner();
        var phones = new PhoneNumberScanner(lexicon);
        _scanners = [cards, codes, new PasswordScanner(lexicon), new EmailAddressScanner(lexicon), phones];
        _numberScanners = [cards, codes, phones];
    }

    /// <summary>The detector with the allow list from the embedded content file.</summary>
    public static SensitiveDataDetector CreateDefault() => new(NotSecretsLexicon.LoadEmbedded());

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
        var candidates = new List<SensitiveFinding>();
        foreach (var scanner in _scanners)
        {
            scanner.Scan(normalized.Text, candidates);
        }

        if (DigitsReadOut.Of(normalized.Text) is { } readOut)
        {
            var spoken = new List<SensitiveFinding>();
            foreach (var scanner in _numberScanners)
            {
                scanner.Scan(readOut.Text, spoken);
            }

            candidates.AddRange(spoken.Select(readOut.ToNormalized));
        }

        if (LookAlikeDigits.Of(normalized.Text) is { } asDigits)
        {
            foreach (var scanner in _numberScanners)
            {
                scanner.Scan(asDigits, candidates);
            }
        }

        RemoveNotTheirs(normalized.Text, candidates);
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
    /// Drops the values that are someone else's or an example (<see cref="QuotedValueContext"/>), with every finding inside one:
    /// the groups of a sender's number ("送信元 +63 917 482 1130") are not codes of the person's own.
    /// </summary>
    private static void RemoveNotTheirs(string text, List<SensitiveFinding> candidates)
    {
        var notTheirs = candidates.FindAll(candidate => QuotedValueContext.IsNotTheirs(text, candidate));
        if (notTheirs.Count > 0)
        {
            candidates.RemoveAll(candidate => notTheirs.Exists(other => other.Start <= candidate.Start && other.End >= candidate.End));
        }
    }

    private static List<SensitiveFinding> WithoutOverlaps(List<SensitiveFinding> candidates)
    {
        // Groups of a phone number ("+81 70 3392 1180") look like a code on their own, and an address spelled out
        // (jiro(at)mail.example.ne.jp) like an opaque token, its digits (jsmith_1977 at yahoo dot co dot jp) like a code: the
        // whole number or address is what was typed.
        candidates.RemoveAll(part => Within(part, SensitiveKind.SecurityCode, SensitiveKind.PhoneNumber, candidates)
            || Within(part, SensitiveKind.SecurityCode, SensitiveKind.EmailAddress, candidates)
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
