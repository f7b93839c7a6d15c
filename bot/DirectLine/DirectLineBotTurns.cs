using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Adapter;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// Runs Direct Line activities through the same adapter, middleware and bot as <c>/api/messages</c>,
/// in process. The turn is marked <see cref="DeliveryModes.ExpectReplies"/>, so the Bot
/// Framework's <see cref="TurnContext"/> collects the replies and the adapter returns them in its
/// <see cref="InvokeResponse"/>: no HTTP request and no serialisation per reply.
/// </summary>
internal sealed class DirectLineBotTurns(SupportBotAdapter adapter, IBot bot, IConfiguration configuration)
{
    private readonly string? _botAppId = configuration["MicrosoftAppId"];

    /// <summary>Runs the turn and returns what the bot said to the user (traces and other adapter-internal activities left out).</summary>
    public async Task<IReadOnlyList<Activity>> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var response = await adapter.ProcessInProcessChannelActivityAsync(_botAppId, activity, bot.OnTurnAsync, cancellationToken);
        var replies = (response?.Body as ExpectedReplies)?.Activities ?? [];
        return [.. replies.Where(IsForTheUser)];
    }

    // CloudAdapter never sends traces to a channel other than the Emulator; the other two are adapter plumbing.
    private static bool IsForTheUser(Activity reply) =>
        reply.Type is not (ActivityTypes.Trace or ActivityTypesEx.InvokeResponse or ActivityTypesEx.Delay);
}
