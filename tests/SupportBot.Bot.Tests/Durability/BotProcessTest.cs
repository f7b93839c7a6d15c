using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Storage;

namespace SupportBot.Bot.Tests.Durability;

/// <summary>A test of the bot as its own process (<see cref="BotProcess"/>): a SQLite file of its own and a channel sink for its replies.</summary>
public abstract class BotProcessTest : IAsyncLifetime, IDisposable
{
    private protected TempSqliteFile Database { get; } = new();

    private protected ChannelSink Sink { get; private set; } = null!;

    /// <summary>The bot's data directory, holding <see cref="Database"/>.</summary>
    private protected string DataDirectory => Path.GetDirectoryName(Database.Path)!;

    public async Task InitializeAsync() => Sink = await ChannelSink.StartAsync();

    public async Task DisposeAsync() => await Sink.DisposeAsync();

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
