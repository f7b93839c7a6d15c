using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Telemetry;
using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Transcripts;
using BotMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace SupportBot.Bot.Adapter;

/// <summary>
/// The Bot Framework's <see cref="CloudAdapter"/> with SupportBot's middleware and turn-error
/// handling. One constructor, because DI cannot choose between CloudAdapter's two.
/// </summary>
internal sealed partial class SupportBotAdapter : CloudAdapter
{
    public SupportBotAdapter(
        BotFrameworkAuthentication authentication,
        TurnTelemetryMiddleware telemetry,
        LogContextMiddleware logContext,
        LongTextMiddleware longText,
        ConversationTurnLockMiddleware turnLock,
        DuplicateActivityMiddleware duplicates,
        LanguageMiddleware language,
        ConversationFactsMiddleware facts,
        RedactedTranscriptMiddleware transcript,
        IEnumerable<BotMiddleware> additional,
        TurnErrorHandler turnErrorHandler,
        ILoggerFactory loggers)
        : base(authentication, loggers.CreateLogger<CloudAdapter>())
    {
        // Order matters: the turn's span and timer outermost, so they take in all the rest; log scope next, then no text longer than the bot reads; one turn per conversation at a time, so a redelivery
        // waits and is then recognised as a duplicate; only then is state read. The turn's facts are begun before the transcript adds its lines to them.
        Use(telemetry);
        Use(logContext);
        Use(longText);
        Use(turnLock);
        Use(duplicates);
        Use(language);
        Use(facts);
        Use(transcript);
        foreach (var middleware in additional)
        {
            Use(middleware);
        }

        OnTurnError = turnErrorHandler.HandleAsync;
    }
}
