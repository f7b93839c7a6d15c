using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.JsonWebTokens;

namespace SupportBot.Bot.Adapter;

internal sealed partial class SupportBotAdapter
{
    /// <summary>
    /// Runs a turn for an activity from a channel hosted in this process (the embedded Direct
    /// Line), through the same middleware, error handling and bot as <c>/api/messages</c>.
    /// </summary>
    /// <remarks>
    /// The caller has already authenticated the user (the Direct Line token), just as the Azure
    /// service does before it calls a bot. What the HTTP path would learn from the channel's JWT is
    /// built here the same way: with no <paramref name="botAppId"/> the identity is the anonymous
    /// one <c>ConfigurationBotFrameworkAuthentication</c> gives an unauthenticated request;
    /// with one, it is a channel identity whose audience is the bot's own app id, so credentials for
    /// that app id (never another) are what the turn could use. Nothing here is reachable from
    /// outside: there is no HTTP route that lets a caller choose the identity.
    /// Set <see cref="Activity.DeliveryMode"/> to <see cref="DeliveryModes.ExpectReplies"/> to have
    /// the replies returned in the <see cref="InvokeResponse"/> body instead of sent to the serviceUrl.
    /// </remarks>
    public Task<InvokeResponse> ProcessInProcessChannelActivityAsync(
        string? botAppId, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var identity = string.IsNullOrEmpty(botAppId)
            ? new ClaimsIdentity([], "anonymous")
            : new ClaimsIdentity(
                [
                    new Claim(AuthenticationConstants.AudienceClaim, botAppId),
                    new Claim(JwtRegisteredClaimNames.Iss, AuthenticationConstants.ToBotFromChannelTokenIssuer),
                ],
                "Bearer");

        var authentication = new AuthenticateRequestResult
        {
            ClaimsIdentity = identity,
            Audience = BotFrameworkAuthentication.GetOriginatingAudience(),
            ConnectorFactory = BotFrameworkAuthentication.CreateConnectorFactory(identity),
        };
        return ProcessActivityAsync(authentication, activity, callback, cancellationToken);
    }
}
