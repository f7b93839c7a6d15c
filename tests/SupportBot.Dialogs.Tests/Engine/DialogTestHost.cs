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

    public TestFlow Flow() => new(Adapter, async (turnContext, cancellationToken) =>
        Results.Add(await Root.RunAsync(turnContext, Accessor, OnStaleStack, cancellationToken)));
}
