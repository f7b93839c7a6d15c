using System.Security.Cryptography;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SupportBot.Bot.Channel;
using SupportBot.Dialogs.Records;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// What happens in a Direct Line conversation: starting one raises the <c>conversationUpdate</c>
/// the clients never send (so the bot greets), and every posted activity is echoed into the
/// stream as sent (keeping <c>channelData.clientActivityID</c>, without which Web Chat shows
/// "Send failed") before the bot's replies are appended after it. The echo is kept in the store,
/// so every field a client filled is redacted there (<see cref="KeptDataRedaction"/>: a card
/// number typed by mistake is never stored, as the bot promises); the bot's turn sees what was sent.
/// A client may post messages, <c>endOfConversation</c> (after which the conversation takes no
/// more) and the events <see cref="DirectLineOptions.AllowedClientEventNames"/> names; <c>from</c>
/// is always the conversation's user, whatever the client wrote there.
/// </summary>
internal sealed class DirectLineConversations(
    IDirectLineConversationStore store,
    DirectLineActivitySignal signal,
    DirectLineBotTurns turns,
    DirectLineQuotas quotas,
    KeptDataRedaction redaction,
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
        _ = await RunTurnAsync(conversation, joined, cancellationToken);
        return (conversation, true);
    }

    /// <summary>Posts a client's activity (read once at the edge); returns the id it was given, or why it is refused.</summary>
    public async Task<(string? Id, DirectLineErrorResult? Error)> PostAsync(
        DirectLineConversation conversation, Activity posted, DirectLineCaller caller, Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posted);
        if (RefusedType(posted) is { } refused)
        {
            return (null, refused);
        }

        if (conversation.EndedAt is not null)
        {
            return (null, DirectLineErrorResult.ConversationEnded());
        }

        var incoming = Stamp(posted, conversation, caller, serviceUrl);

        // The echo is a redacted copy, kept in the store; the turn sees what was sent.
        var echo = ActivityCopy.ForRedaction(incoming);
        redaction.Redact(echo);
        if (await quotas.TryReserveAsync(conversation.Id, caller, ChannelJson.SerializeToUtf8(echo).LongLength, cancellationToken) is { } overQuota)
        {
            return (null, overQuota);
        }

        await AppendAsync(conversation.Id, [echo], cancellationToken);

        incoming.Id = echo.Id;
        var replies = await RunTurnAsync(conversation, incoming, cancellationToken);
        if (incoming.Type == ActivityTypes.EndOfConversation || replies.Any(r => r.Type == ActivityTypes.EndOfConversation))
        {
            await store.EndAsync(conversation with { EndedAt = time.GetUtcNow() }, cancellationToken);
        }

        return (echo.Id, null);
    }

    /// <summary>What a web-chat client may send: never the bot's or a channel's own activities (<c>handoff.initiate</c>, <c>conversationUpdate</c>, <c>invoke</c>…).</summary>
    private DirectLineErrorResult? RefusedType(Activity posted)
    {
        if (posted.Type is ActivityTypes.Message or ActivityTypes.EndOfConversation)
        {
            return null;
        }

        if (posted.Type == ActivityTypes.Event && posted.Name is { } name
            && options.Value.AllowedClientEventNames.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        return DirectLineErrorResult.ActivityTypeNotAllowed(
            "A Direct Line client may post only \"message\" and \"endOfConversation\" activities and the events this service allows.");
    }

    /// <summary>The server says where the activity belongs and who speaks: the token's user, else the conversation's; never what "from" claims (the bot, say).</summary>
    private Activity Stamp(Activity activity, DirectLineConversation conversation, DirectLineCaller caller, Uri serviceUrl)
    {
        var stamped = NewActivity(activity.Type, conversation, serviceUrl);
        activity.ChannelId = stamped.ChannelId;
        activity.ServiceUrl = stamped.ServiceUrl;
        activity.Conversation = stamped.Conversation;
        activity.Recipient = stamped.Recipient;
        activity.Timestamp = stamped.Timestamp;
        activity.From = new ChannelAccount(caller.UserId ?? conversation.UserId, name: null, RoleTypes.User);
        return activity;
    }

    private async Task<IReadOnlyList<Activity>> RunTurnAsync(DirectLineConversation conversation, Activity incoming, CancellationToken cancellationToken)
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
            await quotas.AddAsync(conversation.Id, replies.Sum(reply => ChannelJson.SerializeToUtf8(reply).LongLength), cancellationToken);
        }

        return replies;
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
