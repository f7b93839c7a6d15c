using SupportBot.Bot.Conversations;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Conversations;

/// <summary>
/// The real bot on loopback (SQLite state) and an Emulator-like channel, shared by the conversation-file
/// tests: every scripted conversation has its own conversation id, so they do not see each other.
/// </summary>
public sealed class ScriptedConversationsFixture : IAsyncLifetime
{
    internal static readonly string ScriptPath = Path.Combine(AppContext.BaseDirectory, "Conversations", "conversations.json");

    private BotHost _bot = null!;
    private LoopbackChannel _channel = null!;

    internal static ConversationScript Script { get; } = ConversationScript.Load(ScriptPath);

    internal ConversationRunner Runner { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Every scripted person posts from the same loopback address.
        _bot = new BotHost(new Dictionary<string, string?> { ["RequestProtection:PermitsPerClient"] = "1000000" }).Start();
        _channel = await LoopbackChannel.StartAsync(_bot.BaseAddress);
        Runner = new ConversationRunner(_channel.SendAsync, _channel.ServiceUrl, BotTexts.LoadEmbedded());
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _bot.DisposeAsync();
    }
}
