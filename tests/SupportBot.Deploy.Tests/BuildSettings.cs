using System.Reflection;

namespace SupportBot.Deploy.Tests;

/// <summary>Paths the test project's build baked into the assembly (see the csproj).</summary>
internal static class BuildSettings
{
    public static string RepositoryRoot { get; } = Read("RepositoryRoot");

    public static string BicepExecutable { get; } = Read("BicepExecutable");

    public static string InRepository(params string[] parts) =>
        Path.Combine([RepositoryRoot, .. parts]);

    private static string Read(string key) =>
        typeof(BuildSettings).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key)
            .Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is empty.");
}
