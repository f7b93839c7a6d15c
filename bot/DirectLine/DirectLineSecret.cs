using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// The channel secret and the token signing key derived from it. The secret comes from
/// <c>DirectLine:Secret</c>; without one, a random secret is generated on first run and kept in
/// <c>DirectLine:SecretFile</c> so tokens survive a restart.
/// </summary>
internal sealed partial class DirectLineSecret
{
    private static readonly byte[] SigningKeyInfo = Encoding.UTF8.GetBytes("SupportBot Direct Line token signing");
    private readonly byte[] _secret;

    public DirectLineSecret(IOptions<DirectLineOptions> options, IHostEnvironment environment, ILogger<DirectLineSecret> logger)
    {
        var configured = options.Value.Secret;
        var secret = string.IsNullOrWhiteSpace(configured)
            ? LoadOrGenerate(Path.Combine(environment.ContentRootPath, options.Value.SecretFile), logger)
            : configured;
        _secret = Encoding.UTF8.GetBytes(secret);

        // HKDF gives a full-strength HMAC key whatever the length of the configured secret.
        SigningKey = new SymmetricSecurityKey(HKDF.DeriveKey(HashAlgorithmName.SHA256, _secret, 32, info: SigningKeyInfo));
    }

    public SymmetricSecurityKey SigningKey { get; }

    /// <summary>Whether <paramref name="candidate"/> is the secret, compared in constant time.</summary>
    public bool Matches(string candidate) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _secret);

    private static string LoadOrGenerate(string path, ILogger logger)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, secret);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            LogGenerated(logger, path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogNotKept(logger, exception, path);
        }

        return secret;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No DirectLine:Secret configured; generated one and kept it in {SecretFile}")]
    private static partial void LogGenerated(ILogger logger, string secretFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not keep the generated Direct Line secret in {SecretFile}; tokens will not survive a restart")]
    private static partial void LogNotKept(ILogger logger, Exception exception, string secretFile);
}
