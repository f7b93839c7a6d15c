using System.IO.Compression;

namespace SupportBot.Deploy.Tests.Teams;

/// <summary>deploy/teams/package.sh produces the zip Teams accepts.</summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string BotId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("teams-package-");

    private string ZipPath => Path.Combine(_output.FullName, "app.zip");

    [Fact]
    public async Task PackageHoldsExactlyTheManifestAndBothIconsAtItsRoot()
    {
        await PackageAsync(BotId);

        using var zip = ZipFile.OpenRead(ZipPath);

        Assert.Equal(
            ["color.png", "manifest.json", "outline.png"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PackagedManifestCarriesTheBotIdAndNoPlaceholder()
    {
        await PackageAsync(BotId);

        var manifest = await ReadEntryTextAsync("manifest.json");
        var parsed = TeamsManifest.Parse(manifest);

        Assert.Equal(BotId, parsed.Text("bots.0.botId"));
        Assert.Equal(BotId, parsed.Text("id"));
        Assert.Equal("https://support.example.com/privacy", parsed.Text("developer.privacyUrl"));
        Assert.DoesNotContain("${{", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsAppIdCanDifferFromTheBotId()
    {
        const string teamsAppId = "9b2e4a3c-1d5f-4e6a-8b7c-0d1e2f3a4b5c";

        await PackageAsync(BotId, new Dictionary<string, string?> { ["TEAMS_APP_ID"] = teamsAppId });

        var parsed = TeamsManifest.Parse(await ReadEntryTextAsync("manifest.json"));
        Assert.Equal(teamsAppId, parsed.Text("id"));
        Assert.Equal(BotId, parsed.Text("bots.0.botId"));
    }

    [Fact]
    public async Task PackagedIconsAreTheCommittedOnes()
    {
        await PackageAsync(BotId);

        using var zip = ZipFile.OpenRead(ZipPath);
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var packaged = new MemoryStream();
            await using (var entry = zip.GetEntry(icon)!.Open())
            {
                await entry.CopyToAsync(packaged);
            }

            Assert.Equal(await File.ReadAllBytesAsync(BuildSettings.InRepository("deploy", "teams", icon)), packaged.ToArray());
        }
    }

    [Fact]
    public async Task BotIdThatIsNotAGuidIsRefused()
    {
        var result = await RunScriptAsync("my-bot", null);

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(File.Exists(ZipPath));
    }

    public void Dispose() => _output.Delete(recursive: true);

    private async Task PackageAsync(string botId, Dictionary<string, string?>? environment = null)
    {
        var result = await RunScriptAsync(botId, environment);
        Assert.True(result.ExitCode == 0, result.Describe());
    }

    private Task<ProcessResult> RunScriptAsync(string botId, Dictionary<string, string?>? environment)
    {
        // Start from a clean slate: values a developer exported must not leak into the test.
        var variables = new Dictionary<string, string?> { ["TEAMS_APP_ID"] = null, ["SITE_URL"] = null };
        foreach (var (name, value) in environment ?? [])
        {
            variables[name] = value;
        }

        return ProcessRunner.RunAsync(
            "bash", [BuildSettings.InRepository("deploy", "teams", "package.sh"), botId, ZipPath],
            _output.FullName, variables);
    }

    private async Task<string> ReadEntryTextAsync(string name)
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        await using var entry = zip.GetEntry(name)!.Open();
        using var reader = new StreamReader(entry);
        return await reader.ReadToEndAsync();
    }
}
