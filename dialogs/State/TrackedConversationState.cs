using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.State;

/// <summary>
/// Conversation state with its own change tracking (<see cref="TrackedState"/>): the same storage key and
/// stored document as the Bot Framework's <see cref="ConversationState"/>, loaded once a turn and written
/// once, only when the turn may have changed it.
/// </summary>
public sealed class TrackedConversationState : ConversationState
{
    private readonly TrackedState _state;

    public TrackedConversationState(IStorage storage)
        : base(storage) =>
        _state = new TrackedState(storage, nameof(ConversationState), GetStorageKey);

    /// <summary>
    /// A property of this scope. <see cref="BotState.CreateProperty{T}"/> cannot be overridden, and its accessor reads the
    /// Bot Framework's own cache, which this class never fills: this one hides it, so reach properties through this type
    /// (the <see cref="ConversationStateCatalogue"/> does).
    /// </summary>
    public new IStatePropertyAccessor<T> CreateProperty<T>(string name) => new TrackedStateProperty<T>(_state, name);

    public override Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        _state.LoadAsync(turnContext, force, cancellationToken);

    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        _state.SaveChangesAsync(turnContext, force, cancellationToken);

    public override Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        _state.Clear(turnContext);
        return Task.CompletedTask;
    }

    public override Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        _state.DeleteAsync(turnContext, cancellationToken);
}
