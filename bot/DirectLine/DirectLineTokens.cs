using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// Issues and checks conversation tokens: HMAC-signed JWTs naming one conversation (and the user
/// and locale they were issued for), expiring after <see cref="DirectLineOptions.TokenLifetime"/>.
/// Expiry is checked against the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class DirectLineTokens(DirectLineSecret secret, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const string Issuer = "supportbot-directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";
    private const string LocaleClaim = "locale";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public int LifetimeSeconds => (int)options.Value.TokenLifetime.TotalSeconds;

    public string Issue(string conversationId, string? userId, string? locale)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { [ConversationClaim] = conversationId };
        if (userId is not null)
        {
            claims[UserClaim] = userId;
        }

        if (locale is not null)
        {
            claims[LocaleClaim] = locale;
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + options.Value.TokenLifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(secret.SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Checks a bearer: the secret, a valid token, or why it is refused.</summary>
    public async Task<DirectLineTokenCheck> CheckAsync(string bearer)
    {
        if (secret.Matches(bearer))
        {
            return new DirectLineTokenCheck(DirectLineCaller.Secret, Expired: false);
        }

        var result = await _handler.ValidateTokenAsync(bearer, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = secret.SigningKey,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateLifetime = false, // checked below against TimeProvider
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken token
            || !token.TryGetPayloadValue<string>(ConversationClaim, out var conversationId))
        {
            return new DirectLineTokenCheck(null, Expired: false);
        }

        if (token.ValidTo <= time.GetUtcNow().UtcDateTime)
        {
            return new DirectLineTokenCheck(null, Expired: true);
        }

        return new DirectLineTokenCheck(
            new DirectLineCaller(false, conversationId, Optional(result.ClaimsIdentity, UserClaim), Optional(result.ClaimsIdentity, LocaleClaim)),
            Expired: false);
    }

    private static string? Optional(ClaimsIdentity identity, string type) => identity.FindFirst(type)?.Value;
}

/// <summary>The outcome of checking a bearer: a caller, or null with whether it had expired.</summary>
internal sealed record DirectLineTokenCheck(DirectLineCaller? Caller, bool Expired);
