using System.Text.Json.Nodes;

namespace SupportBot.Deploy.Tests.Container;

/// <summary>Review aid for the Dockerfile, which no CI machine can build (no Docker engine).</summary>
public sealed class DockerfileTests
{
    private readonly Dockerfile _dockerfile = Dockerfile.Load();

    [Fact]
    public void BuildsOnTheOfficialSdkImageAndRunsOnTheOfficialAspNetImage()
    {
        var images = _dockerfile.All("FROM").Select(from => from.Split(' ')[0]).ToList();

        Assert.Contains("mcr.microsoft.com/dotnet/sdk:${SDK_VERSION}", images);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0", images[^1]);
    }

    [Fact]
    public void PinnedSdkSatisfiesGlobalJson()
    {
        // global.json's "latestPatch" accepts only the same feature band, at or above its patch.
        var globalJson = JsonNode.Parse(File.ReadAllText(BuildSettings.InRepository("global.json")))!;
        var required = Version.Parse(globalJson["sdk"]!["version"]!.GetValue<string>());
        var pinned = Version.Parse(_dockerfile.All("ARG").Single(arg => arg.StartsWith("SDK_VERSION=", StringComparison.Ordinal))["SDK_VERSION=".Length..]);

        Assert.Equal((required.Major, required.Minor, required.Build / 100), (pinned.Major, pinned.Minor, pinned.Build / 100));
        Assert.True(pinned.Build >= required.Build, $"SDK {pinned} is older than global.json's {required}");
    }

    [Fact]
    public void ImageRunsAsTheNonRootAppUser()
    {
        var user = _dockerfile.FinalStage().Last(i => i.Keyword == "USER").Arguments;

        Assert.Equal("$APP_UID", user);
    }

    [Fact]
    public void HealthCheckAsksTheLivenessEndpointOnTheBotPort()
    {
        var healthCheck = Assert.Single(_dockerfile.FinalStage(), i => i.Keyword == "HEALTHCHECK").Arguments;

        Assert.Contains("/dev/tcp/127.0.0.1/3978", healthCheck, StringComparison.Ordinal);
        Assert.Contains("GET /healthz", healthCheck, StringComparison.Ordinal);
    }

    [Fact]
    public void BotListensOnPort3978()
    {
        var stage = _dockerfile.FinalStage().ToList();

        Assert.Contains(stage, i => i.Keyword == "EXPOSE" && i.Arguments == "3978");
        Assert.Contains(stage, i => i.Keyword == "ENV" && i.Arguments.Contains("ASPNETCORE_HTTP_PORTS=3978", StringComparison.Ordinal));
    }

    [Fact]
    public void SqliteDataLivesInAVolume()
    {
        var stage = _dockerfile.FinalStage().ToList();

        Assert.Contains(stage, i => i.Keyword == "VOLUME" && i.Arguments == "/app/data");
        Assert.Contains(stage, i => i.Keyword == "ENV" && i.Arguments.Contains("Storage__DataDirectory=/app/data", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryFileCopiedForTheRestoreLayerExists()
    {
        // A renamed csproj or props file would otherwise only show up in someone's docker build.
        var sources = _dockerfile.All("COPY")
            .Where(copy => !copy.StartsWith("--from=", StringComparison.Ordinal))
            .SelectMany(copy => copy.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1]);

        Assert.All(sources, source =>
            Assert.True(Path.Exists(BuildSettings.InRepository(source)), $"COPY source {source} is missing"));
    }
}
