using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.State;

/// <summary>
/// The load, save and property logic of a state scope with its own change tracking, for
/// <see cref="TrackedConversationState"/> (and any other scope built the same way).
/// </summary>
/// <remarks>
/// The Bot Framework's <see cref="BotState"/> finds out whether state changed by serialising the whole
/// dictionary when it loads and again when it saves, and comparing the two: two full JSON passes a turn
/// beyond the storage's own. Here a turn writes when it set or deleted a property or took an object out
/// of state (which it may have changed in place), and never otherwise; the storage serialises once. The
/// stored document is the same dictionary, in the same format, as <see cref="BotState"/> writes.
/// </remarks>
internal sealed class TrackedState(IStorage storage, string scope, Func<ITurnContext, string> storageKey)
{
    private readonly string _cacheKey = $"{typeof(TrackedState).FullName}:{scope}";

    public async Task LoadAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.Get<TrackedStateCache>(_cacheKey) is not null)
        {
            return;
        }

        var key = storageKey(turnContext);
        var items = await storage.ReadAsync([key], cancellationToken);
        var values = items.TryGetValue(key, out var stored) && stored is IDictionary<string, object> dictionary
            ? dictionary
            : new Dictionary<string, object>();
        turnContext.TurnState[_cacheKey] = new TrackedStateCache(values, changed: false);
    }

    public async Task SaveChangesAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<TrackedStateCache>(_cacheKey) is not { } cache || !(force || cache.MayHaveChanged))
        {
            return;
        }

        await storage.WriteAsync(new Dictionary<string, object> { [storageKey(turnContext)] = cache.Values }, cancellationToken);
        cache.MayHaveChanged = false;
    }

    /// <summary>Starts the turn on empty state; the next save overwrites what is stored.</summary>
    public void Clear(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[_cacheKey] = new TrackedStateCache(new Dictionary<string, object>(), changed: true);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_cacheKey);
        await storage.DeleteAsync([storageKey(turnContext)], cancellationToken);
    }

    public async Task<T> GetAsync<T>(ITurnContext turnContext, string name, Func<T>? defaultValueFactory, CancellationToken cancellationToken)
    {
        var cache = await CacheAsync(turnContext, cancellationToken);
        if (cache.Values.TryGetValue(name, out var value))
        {
            var typed = value is T t ? t : StateValueConversion.To<T>(value);
            if (!ReadOnlyWhenTaken(typed))
            {
                cache.MayHaveChanged = true;
            }

            return typed;
        }

        if (defaultValueFactory is null)
        {
            return default!;
        }

        var created = defaultValueFactory();
        if (created is not null)
        {
            cache.Values[name] = created;
            cache.MayHaveChanged = true;
        }

        return created;
    }

    public async Task SetAsync<T>(ITurnContext turnContext, string name, T value, CancellationToken cancellationToken)
    {
        var cache = await CacheAsync(turnContext, cancellationToken);
        cache.Values[name] = value!;
        cache.MayHaveChanged = true;
    }

    public async Task DeletePropertyAsync(ITurnContext turnContext, string name, CancellationToken cancellationToken)
    {
        var cache = await CacheAsync(turnContext, cancellationToken);
        cache.MayHaveChanged |= cache.Values.Remove(name);
    }

    private async Task<TrackedStateCache> CacheAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await LoadAsync(turnContext, force: false, cancellationToken);
        return turnContext.TurnState.Get<TrackedStateCache>(_cacheKey)!;
    }

    // A string or a value type cannot be changed through the reference the turn was given.
    private static bool ReadOnlyWhenTaken<T>(T value) => value is null or string || typeof(T).IsValueType;
}
