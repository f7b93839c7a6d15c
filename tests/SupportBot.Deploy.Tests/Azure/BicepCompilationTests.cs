namespace SupportBot.Deploy.Tests.Azure;

/// <summary>
/// The CI gate for deploy/: every Bicep file compiles with no diagnostic at all. Errors fail
/// the CLI; warnings (type mismatches, linter findings) only print, so any output on stderr
/// counts as a failure too.
/// </summary>
public sealed class BicepCompilationTests : IDisposable
{
    private static readonly Dictionary<string, string?> DeploymentSecrets = new()
    {
        // main.bicepparam reads secrets from the environment; building it needs some value.
        ["POSTGRES_ADMIN_PASSWORD"] = "not-a-real-password",
    };

    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("bicep-build-");

    [Fact]
    public async Task EveryBicepFileCompilesWithoutErrorsOrWarnings()
    {
        var result = await BicepCli.RunAsync(
            BuildSettings.RepositoryRoot, null,
            "build", "--pattern", "deploy/**/*.bicep", "--outdir", _output.FullName);

        Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.Describe());
        var compiled = Directory.GetFiles(_output.FullName, "*.json", SearchOption.AllDirectories);
        Assert.Equal(BicepSources("*.bicep").Count, compiled.Length);
    }

    [Fact]
    public async Task EveryParametersFileBuildsAgainstItsTemplateWithoutErrorsOrWarnings()
    {
        Assert.NotEmpty(BicepSources("*.bicepparam"));

        var result = await BicepCli.RunAsync(
            BuildSettings.RepositoryRoot, DeploymentSecrets,
            "build-params", "--pattern", "deploy/**/*.bicepparam", "--outdir", _output.FullName);

        Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.Describe());
    }

    [Fact]
    public async Task LinterConfigurationMakesAnUnusedParameterFailTheBuild()
    {
        // Proves the gate bites: bicepconfig.json is the one deploy/azure uses.
        File.Copy(BuildSettings.InRepository("deploy", "azure", "bicepconfig.json"),
            Path.Combine(_output.FullName, "bicepconfig.json"));
        await File.WriteAllTextAsync(Path.Combine(_output.FullName, "sloppy.bicep"),
            "param forgotten string\noutput answer int = 42\n");

        var result = await BicepCli.RunAsync(
            _output.FullName, null, "build", "--stdout", "sloppy.bicep");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no-unused-params", result.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => _output.Delete(recursive: true);

    private static List<string> BicepSources(string pattern) =>
        [.. Directory.GetFiles(BuildSettings.InRepository("deploy"), pattern, SearchOption.AllDirectories)];
}
