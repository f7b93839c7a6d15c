using System.Net.Sockets;
using Microsoft.IdentityModel.Tokens;

namespace SupportBot.Bot.Channel;

/// <summary>
/// The channel's token was refused: missing, not a JWT, badly signed, expired, for another bot.
/// Thrown instead of <see cref="UnauthorizedAccessException"/>, which the adapter logs with a stack trace.
/// </summary>
internal sealed class ChannelTokenRejectedException(string reason, Exception inner) : Exception("The channel token was refused.", inner)
{
    /// <summary>What was wrong, as the exception type that said so (never the token or its claims).</summary>
    public string Reason { get; } = reason;
}

/// <summary>The identity provider's OpenID metadata or signing keys could not be fetched: the token could not be judged.</summary>
internal sealed class IdentityProviderUnavailableException(Exception inner) : Exception("The identity provider could not be reached.", inner);

/// <summary>Sorts what the Bot Framework's token validation threw into the caller's fault and ours.</summary>
internal static class ChannelTokenFailures
{
    /// <summary>The exception to throw instead of <paramref name="exception"/>, or null to let it go on.</summary>
    public static Exception? Translate(Exception exception)
    {
        if (IsUnreachable(exception))
        {
            return new IdentityProviderUnavailableException(exception);
        }

        // The IdentityModel libraries report an unparsable token as an ArgumentException of their own.
        return exception switch
        {
            UnauthorizedAccessException or SecurityTokenException => new ChannelTokenRejectedException(exception.GetType().Name, exception),
            ArgumentException when exception.GetType().Namespace?.StartsWith("Microsoft.IdentityModel", StringComparison.Ordinal) == true
                || exception.Message.StartsWith("IDX", StringComparison.Ordinal) => new ChannelTokenRejectedException(exception.GetType().Name, exception),
            _ => null,
        };
    }

    // IDX20803/IDX20804: the configuration manager could not get the metadata or keys document.
    private static bool IsUnreachable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException or SocketException or TimeoutException
                || current.Message.StartsWith("IDX20803", StringComparison.Ordinal)
                || current.Message.StartsWith("IDX20804", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
