using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.State;

/// <summary>A stored value that came back as JSON rather than as its type (a store without type names) becomes its type.</summary>
internal static class StateValueConversion
{
    public static T To<T>(object? value) => value switch
    {
        null => default!,
        JToken token => token.ToObject<T>()!,
        _ => (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture),
    };
}
