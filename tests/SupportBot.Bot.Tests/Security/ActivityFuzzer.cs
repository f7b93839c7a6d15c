using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// Random and mutated <c>/api/messages</c> bodies from a seeded <see cref="Random"/>, so a failing
/// case is reproduced by its seed and index. Activities that survive mutation are addressed to
/// <paramref name="serviceUrl"/> and to a small pool of conversations (never the test's own).
/// </summary>
internal sealed class ActivityFuzzer(int seed, Uri serviceUrl)
{
    private static readonly string[] Types = ["message", "conversationUpdate", "event", "invoke", "typing", "endOfConversation", "messageReaction", "installationUpdate", "zzz-unknown", ""];
    private static readonly string[] Fields = ["type", "id", "channelId", "serviceUrl", "from", "recipient", "conversation", "text", "value", "locale", "attachments", "entities", "membersAdded", "channelData", "timestamp", "replyToId", "name", "suggestedActions"];
    private static readonly string[] Weird = ["\0", "\u0007", "\u001b[31m", "\r\n", "\u202e", "\u200b", "\ud800", "\udfff", "%s%n", "{{x}}", "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "ﾊﾟｽﾜｰﾄﾞ", "🔑", "\t"];
    private readonly Random _random = new(seed);

    public byte[] Next()
    {
        var activity = BaseActivity();
        var mutations = _random.Next(0, 3);
        for (var i = 0; i < mutations; i++)
        {
            MutateJson(activity);
        }

        var bytes = Encoding.UTF8.GetBytes(activity.ToString(Formatting.None));
        return _random.Next(10) < 2 ? MutateBytes(bytes) : bytes;
    }

    private JObject BaseActivity()
    {
        var type = Types[_random.Next(Types.Length)];
        var activity = new JObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = _random.Next(2) == 0 ? "emulator" : "webchat",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["from"] = new JObject { ["id"] = "fuzz-user-" + _random.Next(5), ["name"] = "Fuzz" },
            ["recipient"] = new JObject { ["id"] = "bot-1" },
            ["conversation"] = new JObject { ["id"] = "fuzz-conv-" + _random.Next(20) },
            ["locale"] = _random.Next(2) == 0 ? "ja-JP" : "en-US",
        };
        switch (_random.Next(4))
        {
            case 0: activity["text"] = RandomText(); break;
            case 1: activity["value"] = new JObject { ["action"] = "submit", ["choice"] = _random.Next(5) }; break; // card submit, no text
            case 2: activity["membersAdded"] = new JArray(new JObject { ["id"] = "fuzz-user-1" }); break;
            default: activity["name"] = "fuzz/" + _random.Next(3); activity["value"] = RandomValue(0); break;
        }

        return activity;
    }

    private void MutateJson(JObject activity)
    {
        var field = Fields[_random.Next(Fields.Length)];
        activity[field] = _random.Next(9) switch
        {
            0 => JValue.CreateNull(),
            1 => new JValue(_random.Next()),
            2 => new JValue(_random.Next(2) == 0),
            3 => new JArray(Enumerable.Range(0, _random.Next(1, 5000)).Select(i => (JToken)i)),
            4 => Nest(_random.Next(2, 200)),
            5 => new JValue(RandomText()),
            6 => new JObject { ["id"] = JValue.CreateNull() },
            7 => new JValue(new string('x', _random.Next(1, 100_000))),
            _ => RandomValue(0),
        };
        if (_random.Next(6) == 0)
        {
            activity.Remove(Fields[_random.Next(Fields.Length)]);
        }
    }

    private byte[] MutateBytes(byte[] bytes)
    {
        switch (_random.Next(4))
        {
            case 0: // flip bytes, invalid UTF-8 likely
                for (var i = 0; i < 1 + _random.Next(8); i++)
                {
                    bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
                }

                return bytes;
            case 1:
                return bytes[.._random.Next(bytes.Length)];
            case 2:
                return [.. bytes.Take(bytes.Length / 2), 0xC0, 0x80, 0xFF, 0xFE, .. bytes.Skip(bytes.Length / 2)];
            default:
                var noise = new byte[_random.Next(0, 4096)];
                _random.NextBytes(noise);
                return noise;
        }
    }

    private string RandomText()
    {
        var builder = new StringBuilder();
        for (var i = _random.Next(1, 12); i > 0; i--)
        {
            builder.Append(_random.Next(3) == 0 ? Weird[_random.Next(Weird.Length)] : (char)_random.Next(0x20, 0x3100));
        }

        return builder.ToString();
    }

    private JToken RandomValue(int depth) => (depth > 4 ? 0 : _random.Next(5)) switch
    {
        0 => new JValue(RandomText()),
        1 => JValue.CreateNull(),
        2 => new JArray(Enumerable.Range(0, _random.Next(4)).Select(_ => RandomValue(depth + 1))),
        3 => new JObject(Enumerable.Range(0, _random.Next(4)).Select(i => new JProperty("k" + i, RandomValue(depth + 1)))),
        _ => new JValue(_random.NextDouble()),
    };

    private static JToken Nest(int depth)
    {
        JToken token = new JArray();
        for (var i = 0; i < depth; i++)
        {
            token = new JObject { ["n"] = token };
        }

        return token;
    }
}
