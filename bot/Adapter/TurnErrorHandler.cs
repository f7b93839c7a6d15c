using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Configuration;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.State;

namespace SupportBot.Bot.Adapter;

/// <summary>
/// What happens when a turn throws: the error is logged, the user is told in their language how
/// to reach customer service by phone, the broken dialog state is cleared so the next message
/// starts cleanly, and the Emulator gets a <c>TurnError</c> trace for the developer.
/// </summary>
internal sealed partial class TurnErrorHandler(
    ConversationStateCatalogue state,
    BotTexts texts,
    IOptions<ContactOptions> contacts,
    ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        LogTurnFailed(logger, exception, turnContext.Activity.Type, turnContext.Activity.ChannelId);

        try
        {
            var language = turnContext.GetLanguage();
            var apology = texts.Format(language, TextKeys.ErrorApology, new Dictionary<string, string>
            {
                ["freeDial"] = contacts.Value.FreeDial,
                ["mobilePaid"] = contacts.Value.MobilePaid,
            });
            await turnContext.SendActivityAsync(MessageFactory.Text(apology));

            if (turnContext.Activity.ChannelId == Microsoft.Bot.Connector.Channels.Emulator)
            {
                await turnContext.TraceActivityAsync(
                    "OnTurnError Trace", exception.Message, "https://www.botframework.com/schemas/error", "TurnError");
            }
        }
        catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
        {
            // The channel may be what failed; the state reset below must still happen.
            LogApologyFailed(logger, sendFailure);
        }
        finally
        {
            await state.Scope.DeleteAsync(turnContext);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity on channel {ChannelId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string activityType, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user about a failed turn")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception);
}
