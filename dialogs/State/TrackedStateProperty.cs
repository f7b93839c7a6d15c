using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.State;

/// <summary>One named property of a <see cref="TrackedState"/> scope, as the Bot Framework's accessor interface.</summary>
internal sealed class TrackedStateProperty<T>(TrackedState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default) =>
        state.GetAsync(turnContext, Name, defaultValueFactory, cancellationToken);

    public Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default) =>
        state.SetAsync(turnContext, Name, value, cancellationToken);

    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        state.DeletePropertyAsync(turnContext, Name, cancellationToken);
}
