using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

public sealed class BotBridgeTests
{
    [Fact]
    public async Task AdaptiveCardSubmitWithNoTextIsAcceptedEchoedAndReachesTheBot()
    {
        await using var host = DirectLineTestHost.Start(bot: new CardsTestBot());
        var client = DirectLineTestHost.Client(host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;

        var (status, _) = await client.PostAsync(conversationId, new
        {
            type = "message",
            from = new { id = "dl_tester1", role = "user" },
            value = new { done = true },
            channelData = new { clientActivityID = "submit-1", postBack = true },
        });
        var activities = await client.WaitForActivitiesAsync(conversationId, 3);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(activities[1]["text"]);
        Assert.True((bool)activities[1]["channelData"]!["postBack"]!);
        Assert.Equal("submit-1", (string?)activities[1]["channelData"]!["clientActivityID"]);
        Assert.Equal("submitted: {\"done\":true}", (string?)activities[2]["text"]);
    }

    [Fact]
    public async Task DirectLineTurnsRunThroughTheSameAdapterMiddlewareAsApiMessages()
    {
        var recorder = new TurnRecorder();
        await using var host = DirectLineTestHost.Start(configureServices: s => s.AddSingleton<IMiddleware>(recorder));
        var client = DirectLineTestHost.Client(host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;

        await client.PostAsync(conversationId, DirectLineClient.Message("hi", "m-1"));

        Assert.Equal(
            [("directline", "conversationUpdate", "anonymous"), ("directline", "message", "anonymous")],
            recorder.Turns.Select(t => (t.ChannelId, t.Type, t.AuthenticationType)));
    }

    [Fact]
    public async Task WithAMicrosoftAppIdTheTurnCarriesAChannelIdentityForTheBotsOwnAppIdAndStillAnswers()
    {
        const string appId = "11111111-2222-3333-4444-555555555555";
        var recorder = new TurnRecorder();
        await using var host = DirectLineTestHost.Start(
            settings: new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "MultiTenant",
                ["MicrosoftAppId"] = appId,
                ["MicrosoftAppPassword"] = "not-used-because-replies-never-leave-the-process",
            },
            configureServices: s => s.AddSingleton<IMiddleware>(recorder));
        var client = DirectLineTestHost.Client(host);
        var conversationId = (string)(await client.StartAsync())["conversationId"]!;

        await client.PostAsync(conversationId, DirectLineClient.Message("hi", "m-1"));
        var activities = await client.WaitForActivitiesAsync(conversationId, 4);

        Assert.Equal("m-1", (string?)activities[2]["channelData"]!["clientActivityID"]);
        Assert.Equal("bot", (string?)activities[3]["from"]!["role"]);
        Assert.Equal((string?)activities[2]["id"], (string?)activities[3]["replyToId"]);
        Assert.All(recorder.Turns, t => Assert.Equal(appId, t.Audience));
    }

    private sealed class TurnRecorder : IMiddleware
    {
        public ConcurrentQueue<(string ChannelId, string Type, string? AuthenticationType, string? Audience)> Turns { get; } = new();

        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            var identity = turnContext.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey);
            Turns.Enqueue((turnContext.Activity.ChannelId, turnContext.Activity.Type, identity?.AuthenticationType, identity?.FindFirst("aud")?.Value));
            return next(cancellationToken);
        }
    }
}
