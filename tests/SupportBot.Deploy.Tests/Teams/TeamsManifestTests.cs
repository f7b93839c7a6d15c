using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SupportBot.Deploy.Tests.Teams;

/// <summary>The fields Teams refuses an app package without, and their limits.</summary>
public sealed partial class TeamsManifestTests
{
    private readonly TeamsManifest _manifest = TeamsManifest.Load();

    [Fact]
    public void SchemaUrlMatchesTheManifestVersion()
    {
        var version = _manifest.Text("manifestVersion");

        Assert.Matches(@"^1\.(19|[2-9]\d)$", version);
        Assert.Contains($"/teams/v{version}/MicrosoftTeams.schema.json", _manifest.Text("$schema"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("bots.0.botId")]
    public void IdentifierIsAGuidOrAPlaceholderFilledAtPackagingTime(string path)
    {
        Assert.Matches(@"^(\$\{\{[A-Z_]+\}\}|[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})$", _manifest.Text(path));
    }

    [Fact]
    public void AppVersionIsSemanticVersion()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", _manifest.Text("version"));
    }

    [Theory]
    [InlineData("developer.websiteUrl")]
    [InlineData("developer.privacyUrl")]
    [InlineData("developer.termsOfUseUrl")]
    public void DeveloperLinkIsHttps(string path)
    {
        var url = _manifest.Text(path).Replace("${{SITE_URL}}", "https://support.example.com", StringComparison.Ordinal);

        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps, url);
    }

    [Theory]
    [InlineData("developer.name", 32)]
    [InlineData("name.short", 30)]
    [InlineData("name.full", 100)]
    [InlineData("description.short", 80)]
    [InlineData("description.full", 4000)]
    public void TextFitsTeamsLengthLimit(string path, int maximum)
    {
        var text = _manifest.Text(path);

        Assert.InRange(text.Length, 1, maximum);
    }

    [Fact]
    public void IconsNameTheFilesShippedBesideTheManifest()
    {
        Assert.Equal("color.png", _manifest.Text("icons.color"));
        Assert.Equal("outline.png", _manifest.Text("icons.outline"));
    }

    [Fact]
    public void AccentColourIsAHexColour()
    {
        Assert.Matches("^#[0-9A-F]{6}$", _manifest.AccentColor);
    }

    [Fact]
    public void BotIsAvailableInPersonalChats()
    {
        var scopes = _manifest.Root["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>());

        Assert.Contains("personal", scopes);
    }

    [Theory]
    [InlineData("パスワードを忘れた")]
    [InlineData("help")]
    [InlineData("talk to a person")]
    public void CommandMenuOffersTheBotsMainCommands(string title)
    {
        Assert.Contains(title, Commands().Select(c => c["title"]!.GetValue<string>()));
    }

    [Fact]
    public void CommandsFitTeamsLimits()
    {
        var commands = Commands();

        Assert.InRange(commands.Count, 1, 10);
        Assert.All(commands, c => Assert.InRange(c["title"]!.GetValue<string>().Length, 1, 32));
        Assert.All(commands, c => Assert.InRange(c["description"]!.GetValue<string>().Length, 1, 128));
    }

    [Fact]
    public void OnlyKnownPlaceholdersAreLeftForThePackagingScript()
    {
        var placeholders = PlaceholderPattern().Matches(_manifest.Root.ToJsonString())
            .Select(m => m.Groups[1].Value)
            .ToHashSet();

        Assert.Subset(new HashSet<string> { "BOT_ID", "TEAMS_APP_ID", "SITE_URL" }, placeholders);
    }

    private List<JsonNode> Commands() =>
        [.. _manifest.Root["bots"]![0]!["commandLists"]!.AsArray().SelectMany(list => list!["commands"]!.AsArray()).OfType<JsonNode>()];

    [GeneratedRegex(@"\$\{\{(\w+)\}\}")]
    private static partial Regex PlaceholderPattern();
}
