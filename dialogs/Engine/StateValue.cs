using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// Reads values out of persisted dialog state whatever form they are in: the CLR object that was
/// stored this turn, or the <see cref="JToken"/>/primitive that storage gave back on a later turn
/// (numbers come back as <see cref="long"/>, records and dictionaries as <see cref="JObject"/>).
/// </summary>
public static class StateValue
{
    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/>; <c>null</c> gives <c>default</c>.</summary>
    /// <exception cref="InvalidCastException">The value cannot represent a <typeparamref name="T"/>.</exception>
    public static T? As<T>(object? value)
    {
        switch (value)
        {
            case null:
                return default;
            case T typed:
                return typed;
            case JToken { Type: JTokenType.Null }:
                return default;
            case JToken token:
                return token.ToObject<T>();
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target.IsEnum)
        {
            return (T)Enum.ToObject(target, value);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
        {
            return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        return JToken.FromObject(value).ToObject<T>();
    }

    /// <summary>
    /// Reads <paramref name="key"/> from <paramref name="state"/> as <typeparamref name="T"/> and
    /// stores the converted object back, so that later reads and in-place changes use the same object.
    /// </summary>
    public static T? Get<T>(IDictionary<string, object?> state, string key)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.TryGetValue(key, out var raw))
        {
            return default;
        }

        var value = As<T>(raw);
        state[key] = value;
        return value;
    }

    /// <summary>Like <see cref="Get{T}"/>, creating and storing the value when it is missing.</summary>
    public static T GetOrCreate<T>(IDictionary<string, object?> state, string key, Func<T> create)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(create);
        var value = Get<T>(state, key);
        if (value is null)
        {
            value = create();
            state[key] = value;
        }

        return value;
    }
}
