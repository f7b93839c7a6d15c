using YamlDotNet.Serialization;

namespace SupportBot.Deploy.Tests.Slack;

/// <summary>deploy/slack/manifest.yaml points Slack at the Bot Framework's Slack endpoints.</summary>
public sealed class SlackManifestTests
{
    private readonly Dictionary<object, object> _manifest = new DeserializerBuilder().Build()
        .Deserialize<Dictionary<object, object>>(File.ReadAllText(BuildSettings.InRepository("deploy", "slack", "manifest.yaml")));

    [Fact]
    public void OAuthRedirectsToTheBotFrameworkSlackHost()
    {
        Assert.Equal(["https://slack.botframework.com"], Strings("oauth_config", "redirect_urls"));
    }

    [Fact]
    public void EventsGoToTheBotsOwnBotFrameworkEventUrl()
    {
        Assert.Equal("https://slack.botframework.com/api/Events/${{BOT_HANDLE}}", Text("settings", "event_subscriptions", "request_url"));
    }

    [Fact]
    public void ButtonClicksGoToTheBotFrameworkActionsUrl()
    {
        Assert.Equal("https://slack.botframework.com/api/Actions", Text("settings", "interactivity", "request_url"));
    }

    [Theory]
    [InlineData("chat:write")]
    [InlineData("im:history")]
    [InlineData("im:read")]
    [InlineData("im:write")]
    public void BotMayReadAndAnswerDirectMessages(string scope)
    {
        Assert.Contains(scope, Strings("oauth_config", "scopes", "bot"));
    }

    [Fact]
    public void BotReceivesDirectMessageEvents()
    {
        Assert.Contains("message.im", Strings("settings", "event_subscriptions", "bot_events"));
    }

    private object Node(params string[] path) =>
        path.Aggregate((object)_manifest, (node, key) => ((Dictionary<object, object>)node)[key]);

    private string Text(params string[] path) => (string)Node(path);

    private List<string> Strings(params string[] path) => [.. ((List<object>)Node(path)).Cast<string>()];
}
