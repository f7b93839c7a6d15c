using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Conversations;

/// <summary>
/// Plays scripted conversations to the bot as the Emulator would (the person joins, then types each turn)
/// and checks every turn's replies against its expectations.
/// </summary>
internal sealed class ConversationRunner(Func<Activity, CancellationToken, Task<IReadOnlyList<Activity>>> send, Uri serviceUrl, BotTexts texts)
{
    private static readonly ChannelAccount User = new("user-1", "User");
    private static readonly ChannelAccount Bot = new("bot-1", "SupportBot");

    public async Task<IReadOnlyList<ConversationResult>> RunAllAsync(ConversationScript script, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(script);
        var results = new List<ConversationResult>();
        foreach (var conversation in script.Conversations)
        {
            results.Add(await RunAsync(conversation, cancellationToken));
        }

        return results;
    }

    public async Task<ConversationResult> RunAsync(ScriptedConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var conversationId = $"script-{Guid.NewGuid():N}";
        var locale = conversation.Language == Language.English ? "en-US" : "ja-JP";
        await send(NewActivity(ActivityTypes.ConversationUpdate, conversationId, locale, a => a.MembersAdded = [User, Bot]), cancellationToken);

        var turns = new List<TurnResult>();
        foreach (var (turn, index) in conversation.Turns.Select((turn, index) => (turn, index)))
        {
            var expectations = turn.Expect.Select(written => TurnExpectation.Parse(written, conversation.Language, texts)).ToList();
            var replies = await send(NewActivity(ActivityTypes.Message, conversationId, locale, a => a.Text = turn.User), cancellationToken);
            turns.Add(new TurnResult(
                index + 1,
                turn.User,
                [.. expectations.Where(expectation => !expectation.HoldsFor(replies)).Select(expectation => expectation.Written)],
                [.. replies.Where(a => a.Type == ActivityTypes.Message).Select(Describe)]));
        }

        return new ConversationResult(conversation, turns);
    }

    private Activity NewActivity(string type, string conversationId, string locale, Action<Activity> fill)
    {
        var activity = EmulatorActivity.Create(type, serviceUrl, conversationId, User, Bot, locale);
        fill(activity);
        return activity;
    }

    private static string Describe(Activity reply) =>
        reply.Attachments?.Count > 0 && string.IsNullOrEmpty(reply.Text) ? $"[{reply.Attachments[0].ContentType}]" : reply.Text ?? string.Empty;
}

/// <summary>How one scripted conversation went.</summary>
internal sealed record ConversationResult(ScriptedConversation Conversation, IReadOnlyList<TurnResult> Turns)
{
    public bool Passed => Turns.All(turn => turn.Passed);
}

/// <param name="Number">1-based turn number.</param>
/// <param name="User">What the person typed.</param>
/// <param name="Unmet">The expectations that did not hold.</param>
/// <param name="Replies">The texts the bot sent (cards shown by their content type), for the report.</param>
internal sealed record TurnResult(int Number, string User, IReadOnlyList<string> Unmet, IReadOnlyList<string> Replies)
{
    public bool Passed => Unmet.Count == 0;
}
