using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace SupportBot.Deploy.Tests.Container;

/// <summary>Structure of deploy/container/compose.yaml (reviewed, never run in CI).</summary>
public sealed class ComposeFileTests
{
    private readonly Dictionary<string, Dictionary<object, object>> _services = LoadServices();

    [Fact]
    public void PostgresServiceIsDefined()
    {
        var postgres = _services["postgres"];

        Assert.StartsWith("postgres:", (string)postgres["image"], StringComparison.Ordinal);
    }

    [Fact]
    public void TwoBotInstancesShareThePostgresStorage()
    {
        var bots = _services.Values.Where(s => s.TryGetValue("image", out var image) && (string)image == "supportbot:local").ToList();

        Assert.Equal(2, bots.Count);
        Assert.All(bots, bot =>
        {
            var environment = (Dictionary<object, object>)bot["environment"];
            Assert.Equal("Postgres", environment["Storage__Provider"]);
            Assert.Contains("Host=postgres;", (string)environment["Storage__ConnectionString"], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void BothBotInstancesShareOneRequiredDirectLineSecretAndAConfiguredPublicUrl()
    {
        var bots = _services.Values.Where(s => s.TryGetValue("image", out var image) && (string)image == "supportbot:local").ToList();
        var environments = bots.Select(bot => (Dictionary<object, object>)bot["environment"]).ToList();
        var secrets = environments.Select(environment => environment.TryGetValue("DirectLine__Secret", out var secret) ? (string)secret : null).ToList();
        var example = File.ReadAllLines(BuildSettings.InRepository("deploy", "container", "example.env"));

        Assert.Equal(2, secrets.Count);
        Assert.All(secrets, secret => Assert.StartsWith("${DIRECTLINE_SECRET:?", secret, StringComparison.Ordinal)); // compose refuses to start without it
        Assert.Single(secrets.Distinct());
        Assert.All(environments, environment => Assert.Contains("PUBLIC_URL", (string)environment["DirectLine__PublicUrl"], StringComparison.Ordinal));
        Assert.Contains(example, line => line.StartsWith("DIRECTLINE_SECRET=", StringComparison.Ordinal));
    }

    [Fact]
    public void ProxyConfigurationBalancesOverBothBotServices()
    {
        var nginx = File.ReadAllText(BuildSettings.InRepository("deploy", "container", "nginx.conf"));

        Assert.Contains("server bot-1:3978;", nginx, StringComparison.Ordinal);
        Assert.Contains("server bot-2:3978;", nginx, StringComparison.Ordinal);
        Assert.True(_services.ContainsKey("bot-1") && _services.ContainsKey("bot-2") && _services.ContainsKey("proxy"));
    }

    private static Dictionary<string, Dictionary<object, object>> LoadServices()
    {
        using var reader = File.OpenText(BuildSettings.InRepository("deploy", "container", "compose.yaml"));
        // MergingParser resolves the "<<: *bot" merge keys the file uses.
        var document = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, object>>(new MergingParser(new Parser(reader)));
        return ((Dictionary<object, object>)document["services"])
            .ToDictionary(service => (string)service.Key, service => (Dictionary<object, object>)service.Value);
    }
}
