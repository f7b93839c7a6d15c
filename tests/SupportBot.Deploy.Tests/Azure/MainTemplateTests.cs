using System.Text.Json.Nodes;

namespace SupportBot.Deploy.Tests.Azure;

/// <summary>What the operations side relies on in the compiled main template.</summary>
public sealed class MainTemplateTests(CompiledMainTemplate main) : IClassFixture<CompiledMainTemplate>
{
    private readonly JsonNode _template = main.Template;
    private readonly string _templateText = main.Text;

    [Fact]
    public void BotRunsOnSeveralReplicasByDefault()
    {
        var minReplicas = _template["parameters"]!["minReplicas"]!["defaultValue"]!.GetValue<int>();

        Assert.True(minReplicas >= 2, $"minReplicas defaults to {minReplicas}");
    }

    [Theory]
    [InlineData("Liveness", "/healthz")]
    [InlineData("Readiness", "/readyz")]
    public void ContainerProbesUseTheBotsHealthEndpoints(string probeType, string path)
    {
        var probes = Descendants(_template)
            .Select(node => node["probes"])
            .OfType<JsonArray>()
            .SelectMany(array => array)
            .ToList();

        Assert.Contains(probes, probe =>
            probe!["type"]!.GetValue<string>() == probeType
            && probe["httpGet"]!["path"]!.GetValue<string>() == path);
    }

    [Theory]
    [InlineData("MicrosoftAppType")]
    [InlineData("MicrosoftAppId")]
    [InlineData("MicrosoftAppTenantId")]
    [InlineData("MicrosoftAppPassword")]
    [InlineData("Storage__Provider")]
    [InlineData("Storage__ConnectionString")]
    [InlineData("DirectLine__Secret")]
    [InlineData("DirectLine__PublicUrl")]
    [InlineData("Serilog__Format")]
    public void ContainerIsGivenTheBotsConfigurationKey(string key)
    {
        // The settings are an ARM expression (some are conditional), so look for the key name.
        Assert.Contains($"'{key}'", _templateText, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants)),
        JsonArray array => array.OfType<JsonNode>().SelectMany(Descendants),
        _ => [],
    };
}
