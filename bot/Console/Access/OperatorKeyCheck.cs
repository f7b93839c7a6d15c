using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Console.Access;

/// <summary>Compares a typed key with the configured one in constant time (hashes of both, so length leaks nothing either).</summary>
public sealed class OperatorKeyCheck
{
    private readonly IOptions<ConsoleAccessOptions> _options;

    internal OperatorKeyCheck(IOptions<ConsoleAccessOptions> options) => _options = options;

    public bool Matches(string? typed)
    {
        var configured = _options.Value.OperatorKey;
        if (string.IsNullOrEmpty(configured) || string.IsNullOrEmpty(typed))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(typed)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
    }
}
