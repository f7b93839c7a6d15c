namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>A test class with the real bot on loopback and a channel sink for its replies, fresh for each test.</summary>
public abstract class BotWithChannelTest : IAsyncLifetime
{
    protected BotHost Bot { get; private set; } = null!;

    protected ChannelSink Sink { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sink = await ChannelSink.StartAsync();
        Bot = new BotHost().Start();
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
