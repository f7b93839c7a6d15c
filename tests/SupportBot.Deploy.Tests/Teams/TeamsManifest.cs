using System.Text.Json.Nodes;

namespace SupportBot.Deploy.Tests.Teams;

/// <summary>deploy/teams/manifest.json as committed (placeholders unfilled).</summary>
internal sealed class TeamsManifest(JsonNode root)
{
    public JsonNode Root { get; } = root;

    public string AccentColor => Text("accentColor");

    public string Text(string path)
    {
        JsonNode? node = Root;
        foreach (var part in path.Split('.'))
        {
            node = int.TryParse(part, out var index) ? node?[index] : node?[part];
        }

        return node?.GetValue<string>() ?? throw new KeyNotFoundException($"manifest.json has no {path}");
    }

    public static TeamsManifest Load() => Parse(File.ReadAllText(BuildSettings.InRepository("deploy", "teams", "manifest.json")));

    public static TeamsManifest Parse(string json) => new(JsonNode.Parse(json)!);
}
