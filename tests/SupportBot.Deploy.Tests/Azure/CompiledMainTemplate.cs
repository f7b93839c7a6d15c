using System.Text.Json.Nodes;

namespace SupportBot.Deploy.Tests.Azure;

/// <summary>deploy/azure/main.bicep compiled once per test class (a Bicep run takes seconds).</summary>
public sealed class CompiledMainTemplate : IAsyncLifetime
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("bicep-main-");

    public JsonNode Template { get; private set; } = new JsonObject();

    public string Text { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var main = BuildSettings.InRepository("deploy", "azure", "main.bicep");
        var result = await BicepCli.RunAsync(
            _output.FullName, null, "build", main, "--outdir", _output.FullName);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Describe());
        }

        Text = await File.ReadAllTextAsync(Path.Combine(_output.FullName, "main.json"));
        Template = JsonNode.Parse(Text)!;
    }

    public Task DisposeAsync()
    {
        _output.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
