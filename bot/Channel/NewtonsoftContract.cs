using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Newtonsoft.Json.Linq;
using NJ = Newtonsoft.Json;

namespace SupportBot.Bot.Channel;

/// <summary>
/// Reads the Bot Framework schema's Newtonsoft attributes into System.Text.Json contracts, so the
/// wire names are the SDK's own and not a second list kept by hand: <c>[JsonProperty]</c> names a
/// member, <c>[JsonIgnore]</c> drops it, <c>[JsonExtensionData]</c> (a <see cref="JObject"/> of
/// members the schema does not declare) is written flat into the object, as Newtonsoft writes it.
/// Types without these attributes (anonymous values, dictionaries) keep their member names, as
/// Newtonsoft's default contract does.
/// </summary>
internal static class NewtonsoftContract
{
    public static void Apply(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            var property = type.Properties[i];
            if (property.AttributeProvider is not MemberInfo member)
            {
                continue;
            }

            if (member.IsDefined(typeof(NJ.JsonIgnoreAttribute), inherit: true))
            {
                type.Properties.RemoveAt(i);
            }
            else if (member.IsDefined(typeof(NJ.JsonExtensionDataAttribute), inherit: true) && property.PropertyType == typeof(JObject))
            {
                type.Properties.RemoveAt(i);
                type.Properties.Add(ExtensionData(type, property.Get!));
            }
            else if (member.GetCustomAttribute<NJ.JsonPropertyAttribute>(inherit: true)?.PropertyName is { } name)
            {
                property.Name = name;
            }
        }
    }

    // The members a JObject holds, written after the declared ones (as Newtonsoft does); none, nothing written.
    private static JsonPropertyInfo ExtensionData(JsonTypeInfo type, Func<object, object?> get)
    {
        var extension = type.CreateJsonPropertyInfo(typeof(Dictionary<string, object?>), "\0extensionData");
        extension.Get = owner => get(owner) is JObject { Count: > 0 } members
            ? members.Properties().ToDictionary(p => p.Name, p => (object?)p.Value, StringComparer.Ordinal)
            : null;
        extension.IsExtensionData = true;
        return extension;
    }
}
