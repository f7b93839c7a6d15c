using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportBot.Dialogs.Privacy;

/// <summary>One line of a labelled file: a chat line, whether it holds sensitive data, and of what kind.</summary>
/// <param name="Text">What a user typed.</param>
/// <param name="Secret">True when something in it must be redacted; false for a look-alike that must be left alone.</param>
/// <param name="Kind">What the sensitive value is; null means any kind the user is warned about.</param>
internal sealed record LabelledSecretLine(string Text, bool Secret, SensitiveKind? Kind);

/// <summary>A labelled line the detector got wrong, and what it found there.</summary>
internal sealed record DetectorMistake(LabelledSecretLine Line, IReadOnlyList<SensitiveFinding> Findings);

/// <summary>
/// How the detector does on a labelled file. Recall: the share of sensitive lines where it finds the
/// labelled kind, or a kind handled the same way (<see cref="SameHandling"/>); <see cref="SecretsFoundAsLabelled"/> counts exact kinds. Precision: the share of lines it flags that were labelled sensitive. Look-alikes left
/// alone: the share of look-alikes in which it finds nothing at all.
/// </summary>
internal sealed record DetectorEvaluation(
    int Secrets,
    int SecretsFound,
    int SecretsFoundAsLabelled,
    int LookAlikes,
    int LookAlikesFlagged,
    IReadOnlyList<DetectorMistake> Misses,
    IReadOnlyList<DetectorMistake> FalseAlarms)
{
    /// <summary>
    /// Whether a finding of kind <paramref name="found"/> is what a line labelled <paramref name="labelled"/> needs. A password,
    /// a card number and a security code are handled alike (the same warning, the value removed; only the marker's word
    /// differs), so a card PIN labelled a password and found as a code counts. An email or a phone number must be found as such.
    /// </summary>
    public static bool SameHandling(SensitiveKind labelled, SensitiveKind found) =>
        labelled == found || (labelled.IsSecret() && found.IsSecret());


    /// <summary>Issue 15: the bar for recall on secrets.</summary>
    public const double RecallBar = 0.99;

    /// <summary>Issue 15: the bar for precision, and for the look-alikes left alone.</summary>
    public const double PrecisionBar = 0.98;

    public double Recall => Secrets == 0 ? 1 : (double)SecretsFound / Secrets;

    public double Precision => SecretsFound + LookAlikesFlagged == 0 ? 1 : (double)SecretsFound / (SecretsFound + LookAlikesFlagged);

    public double LookAlikesLeftAlone => LookAlikes == 0 ? 1 : 1 - ((double)LookAlikesFlagged / LookAlikes);

    public bool MeetsTheBar => Recall >= RecallBar && Precision >= PrecisionBar && LookAlikesLeftAlone >= PrecisionBar;

    /// <summary>
    /// Evaluates <paramref name="detector"/> under the product's <paramref name="policy"/>: findings that are exactly
    /// one of its public phone numbers are left alone by the redactor, so they do not count.
    /// </summary>
    public static DetectorEvaluation Evaluate(ISensitiveDataDetector detector, IEnumerable<LabelledSecretLine> lines, RedactionOptions? policy = null)
    {
        var publicNumbers = new PublicPhoneNumbers(policy);
        int secrets = 0, found = 0, asLabelled = 0, lookAlikes = 0, flagged = 0;
        var misses = new List<DetectorMistake>();
        var falseAlarms = new List<DetectorMistake>();
        foreach (var line in lines)
        {
            var findings = detector.Find(line.Text).Where(f => !publicNumbers.IsPublic(line.Text, f)).ToList();
            if (line.Secret)
            {
                secrets++;
                var hit = findings.Any(f => line.Kind is { } kind ? SameHandling(kind, f.Kind) : f.Kind.IsSecret());
                found += hit ? 1 : 0;
                asLabelled += line.Kind is { } labelled && findings.Any(f => f.Kind == labelled) ? 1 : 0;
                if (!hit)
                {
                    misses.Add(new DetectorMistake(line, findings));
                }
            }
            else
            {
                lookAlikes++;
                if (findings.Count > 0)
                {
                    flagged++;
                    falseAlarms.Add(new DetectorMistake(line, findings));
                }
            }
        }

        return new DetectorEvaluation(secrets, found, asLabelled, lookAlikes, flagged, misses, falseAlarms);
    }
}

/// <summary>
/// Reads JSON lines <c>{"text": "...", "secret": true, "kind": "card"}</c>; kinds are the redaction
/// marker names: password, card, code, email, phone. Blank lines are skipped. With <c>ordinary</c>, any JSON lines with a
/// "text" (the classifier's files) are read as look-alikes: ordinary support messages, which hold no secret.
/// </summary>
internal static class LabelledSecretFile
{
    public static IReadOnlyList<LabelledSecretLine> Read(TextReader reader, bool ordinary = false)
    {
        var lines = new List<LabelledSecretLine>();
        var number = 0;
        while (reader.ReadLine() is { } json)
        {
            number++;
            if (string.IsNullOrWhiteSpace(json))
            {
                continue;
            }

            RawLine raw;
            try
            {
                raw = JsonSerializer.Deserialize<RawLine>(json) ?? throw new InvalidDataException($"line {number}: null");
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"line {number}: {exception.Message}", exception);
            }

            if (ordinary && raw.Text is not null)
            {
                lines.Add(new LabelledSecretLine(raw.Text, Secret: false, Kind: null));
                continue;
            }

            if (raw.Text is null || raw.Secret is null)
            {
                throw new InvalidDataException($"line {number}: \"text\" and \"secret\" are required");
            }

            lines.Add(new LabelledSecretLine(raw.Text, raw.Secret.Value, raw.Kind is null ? null : KindOf(raw.Kind, number)));
        }

        return lines;
    }

    private static SensitiveKind KindOf(string name, int number)
    {
        foreach (var kind in Enum.GetValues<SensitiveKind>())
        {
            if (SensitiveDataRedactor.MarkerFor(kind) == $"[redacted:{name}]")
            {
                return kind;
            }
        }

        throw new InvalidDataException($"line {number}: unknown kind \"{name}\" (password, card, code, email, phone)");
    }

    private sealed record RawLine(
        [property: JsonPropertyName("text")] string? Text,
        [property: JsonPropertyName("secret")] bool? Secret,
        [property: JsonPropertyName("kind")] string? Kind);
}
