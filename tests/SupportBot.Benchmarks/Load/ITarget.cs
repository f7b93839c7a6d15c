namespace SupportBot.Benchmarks.Load;

/// <summary>Something the closed-loop load drives: one conversation at a time per simulated user.</summary>
internal interface ITarget
{
    /// <summary>Starts a conversation; returns its handle.</summary>
    Task<object> StartConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Runs one turn and returns once every reply of it has arrived; false when it failed.</summary>
    Task<bool> TurnAsync(object conversation, ScriptedTurn turn, CancellationToken cancellationToken);
}
