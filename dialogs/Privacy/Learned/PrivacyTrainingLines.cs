namespace SupportBot.Dialogs.Privacy.Learned;

/// <summary>
/// The read labelled files the judge learns from, embedded from Content/Privacy (secrets.jsonl, secrets-blind.jsonl …
/// secrets-blind6.jsonl). A blind file kept for measuring is never embedded: the project file names each training file.
/// </summary>
internal static class PrivacyTrainingLines
{
    public const string ResourcePrefix = "SupportBot.Content.Privacy.Training.";

    public static IReadOnlyList<string> ResourceNames() =>
        [.. typeof(PrivacyTrainingLines).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    public static IReadOnlyList<LabelledSecretLine> Read(string resourceName)
    {
        using var stream = typeof(PrivacyTrainingLines).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"missing embedded resource {resourceName}");
        using var reader = new StreamReader(stream);
        return LabelledSecretFile.Read(reader);
    }

    public static IReadOnlyList<LabelledSecretLine> ReadAll() => [.. ResourceNames().SelectMany(Read)];
}
