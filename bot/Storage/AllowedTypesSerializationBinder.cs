using Newtonsoft.Json.Serialization;

namespace SupportBot.Bot.Storage;

/// <summary>
/// Admits only the types state is made of when reading type names from storage: our own types,
/// the Bot Framework's, Json.NET's JSON tokens, and primitives, arrays and generic collections of
/// those. Anything else (the classic deserialisation gadgets) is refused.
/// </summary>
internal sealed class AllowedTypesSerializationBinder : ISerializationBinder
{
    private static readonly string[] TrustedAssemblyPrefixes = ["SupportBot.", "Microsoft.Bot."];

    private static readonly HashSet<Type> AllowedSystemTypes =
    [
        typeof(object), typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset),
        typeof(TimeSpan), typeof(Guid), typeof(Uri), typeof(DateOnly), typeof(TimeOnly),
    ];

    private readonly DefaultSerializationBinder _inner = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        var type = _inner.BindToType(assemblyName, typeName);
        return IsAllowed(type)
            ? type
            : throw new Newtonsoft.Json.JsonSerializationException($"Type '{typeName}' is not allowed in stored state.");
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        _inner.BindToName(serializedType, out assemblyName, out typeName);

    private static bool IsAllowed(Type type)
    {
        if (type.IsArray)
        {
            return IsAllowed(type.GetElementType()!);
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            return IsAllowed(type.GetGenericTypeDefinition()) && type.GetGenericArguments().All(IsAllowed);
        }

        if (type.IsPrimitive || AllowedSystemTypes.Contains(type))
        {
            return true;
        }

        var assembly = type.Assembly.GetName().Name ?? string.Empty;
        if (TrustedAssemblyPrefixes.Any(prefix => assembly.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return true;
        }

        var ns = type.Namespace ?? string.Empty;
        return ns is "System.Collections.Generic" or "System.Collections.ObjectModel" or "Newtonsoft.Json.Linq"
            || type == typeof(Nullable<>);
    }
}
