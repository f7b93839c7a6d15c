using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine;

/// <summary>
/// A copy of an <see cref="Activity"/>: every settable property, lists as new lists, anything else
/// (cards, channel data) shared. A prompt is sent from such a copy so that what sending stamps on
/// an activity (ids, addresses, entities added on the way out) never reaches the stored prompt.
/// </summary>
/// <remarks>
/// The copier is compiled once from the schema's own properties, so it follows the Activity class
/// as the Bot Framework grows it; it replaced a JSON round trip that cost more than the rest of
/// rendering a prompt.
/// </remarks>
internal static class ActivityCopy
{
    private static readonly Func<Activity, Activity> Copier = Build();

    public static Activity Of(Activity source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Copier(source);
    }

    private static Func<Activity, Activity> Build()
    {
        var source = Expression.Parameter(typeof(Activity), "source");
        var bindings = typeof(Activity)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
            .Select(p => Expression.Bind(p, CopyOf(Expression.Property(source, p), p.PropertyType)));
        var copy = Expression.MemberInit(Expression.New(typeof(Activity)), bindings);
        return Expression.Lambda<Func<Activity, Activity>>(copy, source).Compile();
    }

    private static Expression CopyOf(Expression value, Type type)
    {
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IList<>))
        {
            return value;
        }

        var item = type.GetGenericArguments()[0];
        var list = typeof(List<>).MakeGenericType(item);
        var copied = Expression.New(list.GetConstructor([typeof(IEnumerable<>).MakeGenericType(item)])!, value);
        return Expression.Condition(
            Expression.Equal(value, Expression.Constant(null, type)),
            Expression.Constant(null, type),
            Expression.Convert(copied, type));
    }
}
