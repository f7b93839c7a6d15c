using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace SupportBot.Bot.Adapter;

/// <summary>
/// The Bot Framework's <see cref="CloudAdapter"/> with SupportBot's middleware and turn-error
/// handling. One constructor, because DI cannot choose between CloudAdapter's two.
/// </summary>
internal sealed partial class SupportBotAdapter : CloudAdapter
{
    public SupportBotAdapter(
        BotFrameworkAuthentication authentication,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middlewares,
        TurnErrorHandler turnErrorHandler,
        ILogger<SupportBotAdapter> logger)
        : base(authentication, logger)
    {
        foreach (var middleware in middlewares)
        {
            Use(middleware);
        }

        OnTurnError = turnErrorHandler.HandleAsync;
    }
}
