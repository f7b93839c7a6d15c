using System.Reflection;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Channel;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Bot.Tests.Resilience;

/// <summary>
/// Replies are written with System.Text.Json (<see cref="ChannelJson"/>); each shape the bot sends
/// must carry what the SDK's connector writes with its Newtonsoft settings for the same activity.
/// </summary>
/// <remarks>
/// Compared as JSON, not as raw bytes: both sides are parsed (dates kept as the strings written,
/// numbers as written, so 1.0 and 1 differ) and written again without whitespace, so escaping
/// (Newtonsoft escapes nothing but quotes, backslashes and control characters; System.Text.Json
/// also escapes characters outside the Basic Multilingual Plane) and indentation (the SDK indents)
/// do not count, while every name, value and JSON type does, and so does member order.
/// </remarks>
public sealed class ChannelJsonWireFormatTests(CapturedReplies captured) : IClassFixture<CapturedReplies>
{
    private static readonly JsonSerializerSettings Sdk = SdkSettings();

    public static TheoryData<string> ReplyShapes =>
    [
        "plain text message", "message with suggested actions", "choice prompt as a hero card", "handoff Adaptive Card", "handoff hero card",
        "handoff.initiate event", "symptom classifier trace", "typing", "endOfConversation", "turn error trace",
        "message with inputHint, speak and locale", "channelData as a JSON tree", "channelData as an object",
    ];

    [Theory]
    [MemberData(nameof(ReplyShapes))]
    public void ReplyShapeIsWrittenAsTheSdkWritesIt(string shape)
    {
        var activity = Shape(shape);

        AssertSameJson(JsonConvert.SerializeObject(activity, Sdk), Encoding.UTF8.GetString(ChannelJson.SerializeToUtf8(activity)));
    }

    public static TheoryData<string> UnusualValues =>
    [
        "timestamps", "whole and fractional numbers", "local and unspecified times", "time spans", "entities",
        "members the schema does not declare", "text that needs escaping", "null entries and empty lists", "relatesTo and semantic action", "Teams channel data and members",
    ];

    [Theory]
    [MemberData(nameof(UnusualValues))]
    public void UnusualValueIsWrittenAsTheSdkWritesIt(string value)
    {
        var activity = Unusual(value);

        AssertSameJson(JsonConvert.SerializeObject(activity, Sdk), Encoding.UTF8.GetString(ChannelJson.SerializeToUtf8(activity)));
    }

    [Fact]
    public void WholeConversationsSentEveryReplyTypeTheShapesCover()
    {
        var types = captured.Sent.Select(s => s.Activity.Type).ToHashSet();

        Assert.Superset(new HashSet<string> { ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Trace }, types);
        Assert.All(captured.Sent, s => AssertSameJson(
            JsonConvert.SerializeObject(s.Activity, Sdk), Encoding.UTF8.GetString(ChannelJson.SerializeToUtf8(s.Activity))));
    }

    [Fact]
    public void RepliesOnTheWireAreWhatChannelJsonWrites()
    {
        // The turn gives each sent activity the id the channel answered with; the wire carried the bot's own.
        var onTheWire = captured.Channel.Requests.Select(r => WithoutId(r.Body)).ToList();
        var written = captured.Sent
            .Where(s => s.Activity.Type != ActivityTypes.Trace || s.ChannelId == Channels.Emulator)
            .Select(s => WithoutId(Encoding.UTF8.GetString(ChannelJson.SerializeToUtf8(s.Activity))))
            .ToList();

        Assert.Equal(written, onTheWire);
        Assert.All(captured.Channel.Requests, r => Assert.DoesNotContain("\n", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryNewtonsoftAttributeInTheSchemaIsOneChannelJsonReads()
    {
        // NewtonsoftContract reads [JsonProperty] names (on public or private properties and fields), [JsonIgnore] and
        // [JsonExtensionData]; a [JsonConverter] on a type or member hands that value to Newtonsoft.
        var unread = new List<string>();
        foreach (var type in typeof(Activity).Assembly.GetExportedTypes())
        {
            unread.AddRange(type.GetCustomAttributesData()
                .Where(a => a.AttributeType.Namespace == "Newtonsoft.Json" && a.AttributeType != typeof(JsonConverterAttribute))
                .Select(a => $"{type.Name}: [{a.AttributeType.Name}]"));
            var members = type.GetMembers(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(m => m is PropertyInfo or FieldInfo);
            foreach (var member in members)
            {
                foreach (var attribute in member.GetCustomAttributesData().Where(a => a.AttributeType.Namespace == "Newtonsoft.Json"))
                {
                    var read = attribute.AttributeType.Name switch
                    {
                        nameof(JsonPropertyAttribute) => attribute.NamedArguments.All(n =>
                            n.MemberName == nameof(JsonPropertyAttribute.PropertyName)
                            || (n.MemberName == nameof(JsonPropertyAttribute.NullValueHandling) && (int)n.TypedValue.Value! == (int)NullValueHandling.Ignore)),
                        nameof(JsonIgnoreAttribute) or nameof(JsonConverterAttribute) => true,
                        nameof(JsonExtensionDataAttribute) => member is PropertyInfo { PropertyType: var t }
                            && (t == typeof(JObject) || typeof(IDictionary<string, object>).IsAssignableFrom(t)),
                        _ => false,
                    };
                    if (!read)
                    {
                        unread.Add($"{type.Name}.{member.Name}: [{attribute.AttributeType.Name}({string.Join(", ", attribute.NamedArguments.Select(n => n.MemberName))})]");
                    }
                }
            }
        }

        Assert.True(unread.Count == 0, string.Join("\n", unread));
    }

    private Activity Shape(string shape)
    {
        var emulator = captured.Sent.Where(s => s.ChannelId == Channels.Emulator).Select(s => s.Activity).ToList();
        var slack = captured.Sent.Where(s => s.ChannelId == "slack").Select(s => s.Activity).ToList();
        return shape switch
        {
            "plain text message" => emulator.First(a => a.Type == ActivityTypes.Message && a.SuggestedActions is null && a.Attachments is not { Count: > 0 }),
            "message with suggested actions" => emulator.First(a => a.SuggestedActions?.Actions.Count > 0),
            "handoff Adaptive Card" => emulator.Single(a => a.Attachments?.FirstOrDefault()?.ContentType == "application/vnd.microsoft.card.adaptive"),
            "choice prompt as a hero card" => slack.First(a => a.Attachments?.FirstOrDefault()?.ContentType == HeroCard.ContentType),
            "handoff hero card" => slack.Last(a => a.Attachments?.FirstOrDefault()?.ContentType == HeroCard.ContentType),
            "handoff.initiate event" => emulator.Single(a => a.Type == ActivityTypes.Event && a.Name == HandoffEventNames.InitiateHandoff),
            "symptom classifier trace" => emulator.First(a => a.Type == ActivityTypes.Trace && a.Name == SymptomClassifierTrace.Name),
            "typing" => FromBot(Activity.CreateTypingActivity()),
            "endOfConversation" => FromBot(Activity.CreateEndOfConversationActivity(), a => a.Code = EndOfConversationCodes.CompletedSuccessfully),
            "turn error trace" => FromBot(Activity.CreateTraceActivity(
                "OnTurnError Trace", "https://www.botframework.com/schemas/error", "Object reference not set to an instance of an object.", "TurnError")),
            "message with inputHint, speak and locale" => FromBot(
                MessageFactory.Text("Did that work?", "<speak>Did that work?</speak>", InputHints.ExpectingInput), a => a.Locale = "en-US"),
            "channelData as a JSON tree" => FromBot(MessageFactory.Text("x"), a => a.ChannelData = JObject.Parse(
                """{"notification":{"alert":true},"clientActivityID":"abc-1","count":3,"ratio":0.25,"whole":2.0,"when":"2026-01-02T03:04:05Z","none":null,"list":[1,"two",[3],{"four":4}]}""")),
            "channelData as an object" => FromBot(MessageFactory.Text("x"), a => a.ChannelData = new
            {
                notification = new { alert = true },
                attachmentLayout = (string?)null,
                score = 0.5,
                tags = new[] { "a", "b" },
                extra = new Dictionary<string, object?> { ["Key"] = 1, ["missing"] = null },
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
        };
    }

    private Activity Unusual(string value) => value switch
    {
        "timestamps" => FromBot(MessageFactory.Text("x"), a =>
        {
            a.Timestamp = new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);
            a.LocalTimestamp = new DateTimeOffset(2025, 1, 2, 12, 4, 5, TimeSpan.FromHours(9)).AddTicks(1234);
            a.Expiration = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5));
            a.LocalTimezone = "Asia/Tokyo";
        }),
        "whole and fractional numbers" => FromBot(Activity.CreateEventActivity(), a => a.Value = new Dictionary<string, object>
        {
            ["double"] = 1.0, ["fraction"] = 0.1, ["tiny"] = 1e-7, ["huge"] = 1e21, ["single"] = 2.5f, ["wholeSingle"] = 3f,
            ["decimal"] = 4m, ["decimalFraction"] = 4.50m, ["long"] = long.MaxValue, ["negative"] = -0.0, ["nan"] = double.NaN,
        }),
        "local and unspecified times" => FromBot(Activity.CreateEventActivity(), a => a.Value = new
        {
            local = new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Local),
            unspecified = new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Unspecified),
            utc = new DateTime(2025, 6, 1, 12, 0, 0, 5, DateTimeKind.Utc),
            inTree = JObject.FromObject(new { at = new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc) }),
        }),
        "time spans" => FromBot(Activity.CreateEventActivity(), a => a.Value = new { wait = TimeSpan.FromSeconds(90.5), inTree = new JValue(TimeSpan.FromMinutes(2)) }),
        "entities" => FromBot(MessageFactory.Text("<at>User</at> hi"), a => a.Entities =
        [
            new Entity("clientInfo") { Properties = JObject.Parse("""{"locale":"ja-JP","timezone":"Asia/Tokyo","platform":"Web"}""") },
            new Mention(new ChannelAccount("user-1", "User"), "<at>User</at>"),
            new GeoCoordinates(latitude: 35.68, longitude: 139.76, name: "Tokyo"),
        ]),
        "members the schema does not declare" => FromBot(MessageFactory.Text("x"), a =>
        {
            a.Properties = JObject.Parse("""{"undeclared":{"nested":[1,2]},"flag":false}""");
            a.From.Properties = JObject.Parse("""{"tenant":"t-1"}""");
            a.Conversation.Properties = JObject.Parse("""{"extra":"yes"}""");
            a.Attachments = [new Attachment("image/png", "https://example.test/a.png") { Properties = JObject.Parse("""{"size":3}""") }];
        }),
        "text that needs escaping" => FromBot(MessageFactory.Text(
            "引用 \"quotes\" \\ back\tslash\n</script><b>&amp;</b> 'single' + emoji 😀 \u0001\u001f \u2028 \u0085 é")),
        "null entries and empty lists" => FromBot(Activity.CreateConversationUpdateActivity(), a =>
        {
            a.MembersAdded = [];
            a.MembersRemoved = [new ChannelAccount("gone")];
            a.Value = new Dictionary<string, object?> { ["present"] = "yes", ["absent"] = null };
        }),
        "relatesTo and semantic action" => FromBot(Activity.CreateMessageActivity(), a =>
        {
            a.RelatesTo = captured.Incoming.GetConversationReference();
            a.SemanticAction = new SemanticAction("action-1", new Dictionary<string, Entity> { ["e"] = new Entity("thing") }) { State = "start" };
            a.TextHighlights = [new TextHighlight("x", 1)];
            a.ListenFor = ["はい", "いいえ"];
            a.Importance = ActivityImportance.High;
            a.DeliveryMode = DeliveryModes.Normal;
            a.AttachmentLayout = AttachmentLayoutTypes.Carousel;
            a.Attachments = [new ThumbnailCard("t", images: [new CardImage("https://example.test/i.png")], buttons: [new CardAction(ActionTypes.OpenUrl, "Go", value: "https://example.test/")]).ToAttachment()];
        }),
        "Teams channel data and members" => FromBot(MessageFactory.Text("x"), a =>
        {
            a.ChannelData = new Microsoft.Bot.Schema.Teams.TeamsChannelData
            {
                Notification = new Microsoft.Bot.Schema.Teams.NotificationInfo(alert: true),
                AdditionalProperties = new Dictionary<string, object> { ["extra"] = "kept" },
            };
            a.MembersAdded = [new Microsoft.Bot.Schema.Teams.TeamsChannelAccount { Id = "29:1", Name = "User", UserPrincipalName = "user@example.test", AadObjectId = "aad-1" }];
            a.Value = new Microsoft.Bot.Schema.SharePoint.AceData { CardSize = Microsoft.Bot.Schema.SharePoint.AceData.AceCardSize.Large, Title = "t" };
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    // As the turn sends it: addressed back to the conversation the incoming message came from.
    private Activity FromBot(IActivity activity, Action<Activity>? fill = null)
    {
        var reply = (Activity)activity;
        reply.ApplyConversationReference(captured.Incoming.GetConversationReference());
        fill?.Invoke(reply);
        return reply;
    }

    private static void AssertSameJson(string sdk, string channelJson)
    {
        Assert.Equal(Normalise(sdk), Normalise(channelJson));
    }

    private static string Normalise(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JToken.ReadFrom(reader).ToString(Formatting.None);
    }

    private static string WithoutId(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        var activity = (JObject)JToken.ReadFrom(reader);
        activity.Remove("id");
        return activity.ToString(Formatting.None);
    }

    private static JsonSerializerSettings SdkSettings()
    {
        using var client = new ConnectorClient(new Uri("https://localhost/"), MicrosoftAppCredentials.Empty);
        return client.SerializationSettings;
    }
}
