namespace SupportBot.Dialogs.Classification;

/// <summary>Opens the content files compiled into this assembly (see the csproj's EmbeddedResource item).</summary>
internal static class EmbeddedContent
{
    public static Stream Open(string resourceName) =>
        typeof(EmbeddedContent).Assembly.GetManifestResourceStream(resourceName)
        ?? throw new InvalidOperationException($"Embedded content '{resourceName}' is missing from the build.");
}
