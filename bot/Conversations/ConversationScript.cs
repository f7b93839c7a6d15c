using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportBot.Bot.Conversations;

/// <summary>
/// A file of whole test conversations (<c>tests/conversations.json</c>): what a person types, turn by turn,
/// and what the bot must show in answer to each turn (see <see cref="TurnExpectation"/> for the forms).
/// </summary>
internal sealed record ConversationScript([property: JsonPropertyName("conversations")] IReadOnlyList<ScriptedConversation> Conversations)
{
    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static ConversationScript Load(string path)
    {
        using var stream = File.OpenRead(path);
        var script = JsonSerializer.Deserialize<ConversationScript>(stream, Options)
            ?? throw new InvalidDataException($"{path} holds no conversations.");
        var duplicate = script.Conversations.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? script : throw new InvalidDataException($"{path}: the name '{duplicate.Key}' is used twice.");
    }
}

/// <param name="Name">Unique, for reports and test names.</param>
/// <param name="Language"><c>ja</c> or <c>en</c>: the locale the person's channel sends.</param>
/// <param name="Note">Where the case comes from (an issue's example, a branch).</param>
/// <param name="Turns">What the person types, in order.</param>
/// <param name="Reported">One of the cases an issue reported: it must pass, whatever the file's overall rate.</param>
internal sealed record ScriptedConversation(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("turns")] IReadOnlyList<ScriptedTurn> Turns,
    [property: JsonPropertyName("reported")] bool Reported = false)
{
    public override string ToString() => Name;
}

/// <param name="User">The message the person types.</param>
/// <param name="Expect">What the bot's replies to this message must (or must not) show.</param>
internal sealed record ScriptedTurn(
    [property: JsonPropertyName("user")] string User,
    [property: JsonPropertyName("expect")] IReadOnlyList<string> Expect);
