using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Records;

/// <summary>
/// The one place that knows which fields of what a user sends are redacted before anything of it is
/// kept or passed on (the Direct Line history, the transcript and through it the handoff record
/// and event): text, speak and summary, the sender's name, <c>value</c>, <c>channelData</c>,
/// entities, and each attachment's name, URLs and content. Inside JSON every string and number is
/// redacted (a card number can be a JSON number), read with its property name as context, so
/// <c>{"password": "…"}</c> is judged as <c>password=…</c>. Web Chat's own bookkeeping in
/// <c>channelData</c> is kept as sent: it matches its echo by <c>clientActivityID</c>.
/// </summary>
public sealed class KeptDataRedaction(ISensitiveDataRedactor redactor)
{
    private static readonly HashSet<string> ClientBookkeeping = new(["clientActivityID", "clientTimestamp"], StringComparer.Ordinal);

    /// <summary>A text as it may be kept.</summary>
    public string Text(string? text) => redactor.Redact(text);

    /// <summary>Redacts every user-supplied field of <paramref name="activity"/> in place.</summary>
    public void Redact(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Text = Optional(activity.Text);
        activity.Speak = Optional(activity.Speak);
        activity.Summary = Optional(activity.Summary);
        if (activity.From is { } from)
        {
            from.Name = Optional(from.Name);
        }

        activity.Value = Json(activity.Value, keepBookkeeping: false);
        activity.ChannelData = Json(activity.ChannelData, keepBookkeeping: true);
        foreach (var entity in activity.Entities ?? [])
        {
            entity.Properties = (JObject)Token(entity.Properties ?? [], null);
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            attachment.Name = Optional(attachment.Name);
            attachment.ContentUrl = Optional(attachment.ContentUrl);
            attachment.ThumbnailUrl = Optional(attachment.ThumbnailUrl);
            attachment.Content = Json(attachment.Content, keepBookkeeping: false);
        }
    }

    private string? Optional(string? text) => string.IsNullOrEmpty(text) ? text : redactor.Redact(text);

    private object? Json(object? value, bool keepBookkeeping) => value switch
    {
        null => null,
        string text => redactor.Redact(text),
        JObject json when keepBookkeeping => Object(json, keepBookkeeping: true),
        JToken json => Token(json, null),
        _ => Token(JToken.FromObject(value), null),
    };

    private JToken Token(JToken token, string? propertyName) => token switch
    {
        JObject json => Object(json, keepBookkeeping: false),
        JArray array => new JArray(array.Select(item => Token(item, propertyName))),
        JValue { Type: JTokenType.String } text => new JValue(Scalar((string)text!, propertyName)),
        JValue { Type: JTokenType.Integer or JTokenType.Float } number => Number(number, propertyName),
        _ => token,
    };

    private JObject Object(JObject json, bool keepBookkeeping)
    {
        var redacted = new JObject();
        foreach (var property in json.Properties())
        {
            redacted[redactor.Redact(property.Name)] = keepBookkeeping && ClientBookkeeping.Contains(property.Name)
                ? property.Value
                : Token(property.Value, property.Name);
        }

        return redacted;
    }

    private JToken Number(JValue number, string? propertyName)
    {
        var digits = Convert.ToString(number.Value, CultureInfo.InvariantCulture) ?? string.Empty;
        var redacted = Scalar(digits, propertyName);
        return ReferenceEquals(redacted, digits) ? number : new JValue(redacted);
    }

    /// <summary>A string value judged with its property name before it (<c>name=value</c>), as a detector reads a typed line.</summary>
    private string Scalar(string value, string? propertyName)
    {
        if (value.Length == 0)
        {
            return value;
        }

        var alone = redactor.Redact(value);
        if (propertyName is null || !ReferenceEquals(alone, value))
        {
            return alone;
        }

        var prefix = propertyName + "=";
        var withName = prefix + value;
        var redacted = redactor.Redact(withName);
        if (ReferenceEquals(redacted, withName) || redacted == withName)
        {
            return value;
        }

        return redacted.StartsWith(prefix, StringComparison.Ordinal) ? redacted[prefix.Length..] : redacted;
    }
}
