using System.Security.Cryptography;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// What happens in a Direct Line conversation: starting one raises the <c>conversationUpdate</c>
/// the clients never send (so the bot greets), and every posted activity is echoed into the
/// stream as sent (keeping <c>channelData.clientActivityID</c>, without which Web Chat shows
/// "Send failed") before the bot's replies are appended after it. The echo is kept in the store,
/// so its text is redacted there (a card number typed by mistake is never stored, as the bot
/// promises); the bot's turn sees what was typed.
/// </summary>
internal sealed class DirectLineConversations(
    IDirectLineConversationStore store,
    DirectLineActivitySignal signal,
    DirectLineBotTurns turns,
    ISensitiveDataRedactor redactor,
    IOptions<DirectLineOptions> options,
    TimeProvider time)
{
    public const string ChannelId = "directline";

    private ChannelAccount Bot => new(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);

    public static string NewConversationId() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));

    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary>Starts the conversation, or finds it when it was started before (then nobody is greeted again).</summary>
    public async Task<(DirectLineConversation Conversation, bool Started)> StartAsync(
        string conversationId, ChannelAccount user, string? locale, Uri serviceUrl, CancellationToken cancellationToken)
    {
        var conversation = new DirectLineConversation(conversationId, user.Id, locale, time.GetUtcNow());
        if (!await store.TryCreateAsync(conversation, cancellationToken))
        {
            return ((await store.FindAsync(conversationId, cancellationToken))!, false);
        }

        user.Role ??= RoleTypes.User;
        var joined = NewActivity(ActivityTypes.ConversationUpdate, conversation, serviceUrl);
        joined.Id = Guid.NewGuid().ToString("N");
        joined.From = user;
        joined.Locale = locale;
        joined.MembersAdded = [user, Bot];
        await RunTurnAsync(conversation, joined, cancellationToken);
        return (conversation, true);
    }

    /// <summary>Posts a client's activity; returns the id it was given.</summary>
    public async Task<string> PostAsync(
        DirectLineConversation conversation, JObject posted, DirectLineCaller caller, Uri serviceUrl, CancellationToken cancellationToken)
    {
        var echo = FromClient(posted, conversation, caller, serviceUrl);
        if (!string.IsNullOrEmpty(echo.Text))
        {
            echo.Text = redactor.Redact(echo.Text);
        }

        await AppendAsync(conversation.Id, [echo], cancellationToken);

        // The turn gets its own copy: the echo is in the store and must stay as the client sent it.
        var incoming = FromClient(posted, conversation, caller, serviceUrl);
        incoming.Id = echo.Id;
        incoming.Timestamp = echo.Timestamp;
        await RunTurnAsync(conversation, incoming, cancellationToken);
        return echo.Id;
    }

    private Activity FromClient(JObject posted, DirectLineConversation conversation, DirectLineCaller caller, Uri serviceUrl)
    {
        var activity = DirectLineJson.ToObject<Activity>(posted);
        var stamped = NewActivity(activity.Type, conversation, serviceUrl);
        activity.ChannelId = stamped.ChannelId;
        activity.ServiceUrl = stamped.ServiceUrl;
        activity.Conversation = stamped.Conversation;
        activity.Recipient = stamped.Recipient;
        activity.Timestamp = stamped.Timestamp;

        // A token bound to a user speaks for that user only, whatever "from" says.
        var userId = caller.UserId ?? activity.From?.Id ?? conversation.UserId;
        activity.From = new ChannelAccount(userId, activity.From?.Name, RoleTypes.User);
        return activity;
    }

    private async Task RunTurnAsync(DirectLineConversation conversation, Activity incoming, CancellationToken cancellationToken)
    {
        var replies = await turns.RunAsync(incoming, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var reply in replies)
        {
            reply.Timestamp = now;
            reply.From ??= Bot;
            reply.From.Role ??= RoleTypes.Bot;
        }

        if (replies.Count > 0)
        {
            await AppendAsync(conversation.Id, replies, cancellationToken);
        }
    }

    private async Task AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        await store.AppendAsync(conversationId, activities, cancellationToken);
        signal.Notify(conversationId);
    }

    private Activity NewActivity(string type, DirectLineConversation conversation, Uri serviceUrl) => new()
    {
        Type = type,
        ChannelId = ChannelId,
        ServiceUrl = serviceUrl.ToString(),
        Conversation = new ConversationAccount(id: conversation.Id),
        Recipient = Bot,
        Timestamp = time.GetUtcNow(),
    };
}
