using System.Reflection;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// A copy of an activity that <c>KeptDataRedaction.Redact</c> may change without changing the
/// original: redaction assigns new values to the activity's own fields (text, value, channel data…)
/// and changes <c>from</c>, each entity and each attachment in place, so those are copied; the rest
/// is shared. Cheaper than a JSON round trip, and the activity is parsed only once.
/// </summary>
internal static class ActivityCopy
{
    // Every settable property, so a field added to the schema is copied too.
    private static readonly PropertyInfo[] Properties = [.. typeof(Activity)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(property => property is { CanRead: true, CanWrite: true } && property.GetIndexParameters().Length == 0)];

    public static Activity ForRedaction(Activity original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var copy = new Activity();
        foreach (var property in Properties)
        {
            property.SetValue(copy, property.GetValue(original));
        }

        copy.From = original.From is { } from ? new ChannelAccount(from.Id, from.Name, from.Role, from.AadObjectId) { Properties = from.Properties } : null;
        copy.Entities = original.Entities?.Select(entity => new Entity(entity.Type) { Properties = entity.Properties }).ToList();
        copy.Attachments = original.Attachments?.Select(attachment => new Attachment(
            attachment.ContentType, attachment.ContentUrl, attachment.Content, attachment.Name, attachment.ThumbnailUrl) { Properties = attachment.Properties }).ToList();
        return copy;
    }
}
