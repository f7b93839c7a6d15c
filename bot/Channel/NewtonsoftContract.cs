using System.Reflection;
using System.Text.Json.Serialization;
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
/// Newtonsoft's default contract does. A member with a Newtonsoft converter of its own (Teams and
/// SharePoint types; SupportBot sends none of them) is written by Newtonsoft, to stay exact.
/// </summary>
internal static class NewtonsoftContract
{
    public static void Apply(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        AddNonPublicMembers(type);
        WriteSubclassesAsWhatTheyAre(type);

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
            else if (member.IsDefined(typeof(NJ.JsonExtensionDataAttribute), inherit: true))
            {
                if (property.PropertyType == typeof(JObject))
                {
                    type.Properties.RemoveAt(i);
                    type.Properties.Add(ExtensionData(type, property.Get!));
                }
                else
                {
                    property.IsExtensionData = true;
                }
            }
            else
            {
                if (member.GetCustomAttribute<NJ.JsonPropertyAttribute>(inherit: true)?.PropertyName is { } name)
                {
                    property.Name = name;
                }

                if (member.GetCustomAttribute<NJ.JsonConverterAttribute>(inherit: true) is { } converter && !IsAttachmentContent(member))
                {
                    property.CustomConverter = NewtonsoftFallbackConverterFactory.For(property.PropertyType, converter);
                }
            }
        }
    }

    // Its converter (AttachmentMemoryStreamConverter) writes what the serializer would, unless the
    // content holds a MemoryStream: an SDK upload feature SupportBot does not use.
    private static bool IsAttachmentContent(MemberInfo member) =>
        member.DeclaringType == typeof(Microsoft.Bot.Schema.Attachment) && member.Name == nameof(Microsoft.Bot.Schema.Attachment.Content);

    // Newtonsoft writes a non-public member that carries [JsonProperty]; System.Text.Json sees public ones only.
    private static void AddNonPublicMembers(JsonTypeInfo type)
    {
        for (var declaring = type.Type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            const BindingFlags nonPublic = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            foreach (var property in declaring.GetProperties(nonPublic))
            {
                if (property.GetCustomAttribute<NJ.JsonPropertyAttribute>(inherit: true) is { } attribute && property.GetMethod is not null)
                {
                    var info = type.CreateJsonPropertyInfo(property.PropertyType, attribute.PropertyName ?? property.Name);
                    info.Get = property.GetValue;
                    InsertAmongItsType(type, declaring, info);
                }
            }

            foreach (var field in declaring.GetFields(nonPublic))
            {
                if (field.GetCustomAttribute<NJ.JsonPropertyAttribute>(inherit: true) is { } attribute)
                {
                    var info = type.CreateJsonPropertyInfo(field.FieldType, attribute.PropertyName ?? field.Name);
                    info.Get = field.GetValue;
                    InsertAmongItsType(type, declaring, info);
                }
            }
        }
    }

    // After the members its class declares, where Newtonsoft puts it (it writes a subclass's members first).
    private static void InsertAmongItsType(JsonTypeInfo type, Type declaring, JsonPropertyInfo member)
    {
        var last = -1;
        for (var i = 0; i < type.Properties.Count; i++)
        {
            if ((type.Properties[i].AttributeProvider as MemberInfo)?.DeclaringType == declaring)
            {
                last = i;
            }
        }

        type.Properties.Insert(last < 0 ? type.Properties.Count : last + 1, member);
    }

    // Newtonsoft writes every value as its runtime type: a TeamsChannelAccount in MembersAdded, a
    // Mention in Entities. System.Text.Json writes the declared type unless told the subclasses.
    private static void WriteSubclassesAsWhatTheyAre(JsonTypeInfo type)
    {
        if (type.Type.IsSealed || type.Type.Assembly != SchemaAssembly)
        {
            return;
        }

        var subclasses = SchemaTypes.Value.Where(t => t != type.Type && type.Type.IsAssignableFrom(t) && !t.IsAbstract && !t.ContainsGenericParameters).ToList();
        if (subclasses.Count == 0)
        {
            return;
        }

        type.PolymorphismOptions = new JsonPolymorphismOptions { UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToNearestAncestor };
        foreach (var subclass in subclasses)
        {
            type.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(subclass));
        }
    }

    private static readonly System.Reflection.Assembly SchemaAssembly = typeof(Microsoft.Bot.Schema.Activity).Assembly;

    private static readonly Lazy<Type[]> SchemaTypes = new(() => SchemaAssembly.GetExportedTypes().Where(t => t.IsClass).ToArray());

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
