using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine;

/// <summary>
/// Runs a root dialog the way the bot does: conversation state in MemoryStorage (which stores JSON, so
/// every turn starts from a state that went through Newtonsoft), saved after each turn.
/// </summary>
internal sealed class DialogTestHost
{
    public DialogTestHost(Dialog root, string channelId = "test")
    {
        Root = root;
        ConversationState = new ConversationState(Storage);
        Accessor = ConversationState.CreateProperty<DialogState>(nameof(DialogState));
        Adapter = new TestAdapter(channelId).Use(new AutoSaveStateMiddleware(ConversationState));
    }

    public Dialog Root { get; }

    public MemoryStorage Storage { get; } = new();

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> Accessor { get; }

    public TestAdapter Adapter { get; }

    public List<DialogTurnResult> Results { get; } = [];

    public Func<ITurnContext, string, CancellationToken, Task>? OnStaleStack { get; set; }

    /// <summary>Reads the stored stack as the next turn would see it.</summary>
    public async Task<DialogState> ReadStoredStateAsync()
    {
        var turn = NewTurnContext();
        await ConversationState.LoadAsync(turn, force: true);
        return await Accessor.GetAsync(turn, () => new DialogState());
    }

    /// <summary>Replaces the stored stack, as if an earlier process had saved it.</summary>
    public async Task WriteStoredStateAsync(DialogState state)
    {
        var turn = NewTurnContext();
        await Accessor.SetAsync(turn, state);
        await ConversationState.SaveChangesAsync(turn, force: true);
    }

    public TestFlow Flow() => new(Adapter, async (turnContext, cancellationToken) =>
        Results.Add(await Root.RunAsync(turnContext, Accessor, OnStaleStack, cancellationToken)));

    private TurnContext NewTurnContext()
    {
        var activity = Adapter.MakeActivity();
        activity.ChannelId = Adapter.Conversation.ChannelId;
        return new TurnContext(Adapter, activity);
    }
}
