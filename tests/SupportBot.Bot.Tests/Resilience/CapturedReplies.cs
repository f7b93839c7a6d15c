using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Resilience;

/// <summary>
/// The activities the real application sent during two whole conversations (Emulator and Slack,
/// each from the greeting through a failed password reset to the handoff), taken as the adapter
/// handed them to the channel, in order.
/// </summary>
public sealed class CapturedReplies : IAsyncLifetime
{
    private static readonly string[] HandoffConversation = ["パスワード何回入れても違うって言われる", "はい、わかります", "やってみたけどダメでした"];

    private readonly ConcurrentQueue<(string ChannelId, Activity Activity)> _sent = new();

    public ChannelSink Channel { get; private set; } = null!;

    public BotHost Bot { get; private set; } = null!;

    public IReadOnlyList<(string ChannelId, Activity Activity)> Sent => [.. _sent];

    /// <summary>An incoming message of the Emulator conversation, for building shapes the SDK builds from one.</summary>
    public Activity Incoming { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await ChannelSink.StartAsync();
        Bot = new BotHost(configureServices: services => services.AddSingleton<IMiddleware>(new Capture(_sent))).Start();
        foreach (var channelId in new[] { "emulator", "slack" })
        {
            using var http = Bot.CreateLoopbackClient();
            var client = new EmulatorClient(http, Channel.ServiceUrl) { ChannelId = channelId };
            await client.SendAsync(client.ConversationUpdate(client.User, client.Bot));
            foreach (var text in HandoffConversation)
            {
                var incoming = await client.SendAsync(client.Message(text));
                Incoming ??= incoming;
            }
        }
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Channel.DisposeAsync();
    }

    private sealed class Capture(ConcurrentQueue<(string, Activity)> sent) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            turnContext.OnSendActivities(async (context, activities, nextSend) =>
            {
                var responses = await nextSend();
                foreach (var activity in activities)
                {
                    sent.Enqueue((context.Activity.ChannelId, activity));
                }

                return responses;
            });
            return next(cancellationToken);
        }
    }
}
