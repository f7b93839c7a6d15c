using System.Collections.Concurrent;
using Newtonsoft.Json.Serialization;

namespace SupportBot.Bot.Storage;

/// <summary>
/// Admits only the types state is made of when reading type names from storage: our own types,
/// the Bot Framework's, Json.NET's JSON tokens, and primitives, arrays and generic collections of
/// those. Anything else (the classic deserialisation gadgets) is refused.
/// </summary>
/// <remarks>
/// Every stored object carries a type name, so the verdicts and names are remembered per type:
/// working them out (assembly names, generic arguments) for each object of each read and write
/// was a visible share of a turn's CPU.
/// </remarks>
internal sealed class AllowedTypesSerializationBinder : ISerializationBinder
{
    private static readonly string[] TrustedAssemblyPrefixes = ["SupportBot.", "Microsoft.Bot."];

    private static readonly HashSet<Type> AllowedSystemTypes =
    [
        typeof(object), typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset),
        typeof(TimeSpan), typeof(Guid), typeof(Uri), typeof(DateOnly), typeof(TimeOnly),
    ];

    private readonly DefaultSerializationBinder _inner = new();
    private readonly ConcurrentDictionary<(string? Assembly, string Type), Type> _allowedByName = new();
    private readonly ConcurrentDictionary<Type, (string? Assembly, string? Type)> _names = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (_allowedByName.TryGetValue((assemblyName, typeName), out var known))
        {
            return known;
        }

        var type = MovedStateTypes.Find(assemblyName, typeName) ?? _inner.BindToType(assemblyName, typeName);
        if (!IsAllowed(type))
        {
            throw new Newtonsoft.Json.JsonSerializationException($"Type '{typeName}' is not allowed in stored state.");
        }

        // Only admitted names are remembered, so a flood of hostile names cannot grow this.
        _allowedByName.TryAdd((assemblyName, typeName), type);
        return type;
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        (assemblyName, typeName) = _names.GetOrAdd(serializedType, static (type, inner) =>
        {
            inner.BindToName(type, out var assembly, out var name);
            return (assembly, name);
        }, _inner);

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
