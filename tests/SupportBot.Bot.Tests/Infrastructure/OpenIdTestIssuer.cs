using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>
/// Stands in for the Bot Framework's token service: a Kestrel app on loopback serving OpenID
/// Connect metadata and a JWKS whose key carries the channel <c>endorsements</c>, and a signer for
/// channel tokens. Each instance has its own metadata URL (random path), because the Bot Framework
/// caches metadata per URL for the life of the process. It serves HTTPS (the identity libraries
/// refuse metadata over http) with a certificate from <see cref="LoopbackTestCertificate"/>, which
/// the Bot Framework's own static HttpClient trusts through the user's .NET root store.
/// </summary>
public sealed class OpenIdTestIssuer : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";

    private static readonly string[] Endorsements = ["msteams", "emulator", "webchat", "directline"];
    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly string _keyId = Guid.NewGuid().ToString("N");

    private OpenIdTestIssuer(WebApplication app) => _app = app;

    public Uri MetadataUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The <c>Console:Entra:Instance</c> under which this issuer answers as Microsoft Entra ID does for any tenant.</summary>
    public Uri EntraInstance { get; private set; } = new("http://127.0.0.1/");

    public static async Task<OpenIdTestIssuer> StartAsync()
    {
        var certificate = LoopbackTestCertificate.Trusted;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var issuer = new OpenIdTestIssuer(app);
        var prefix = "/" + Guid.NewGuid().ToString("N");
        app.MapGet(prefix + "/.well-known/openid-configuration", (HttpRequest request) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = ChannelIssuer,
            ["jwks_uri"] = $"{request.Scheme}://{request.Host}{prefix}/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet(prefix + "/keys", () => Results.Json(new { keys = new[] { issuer.PublicJwk() } }));

        // Microsoft Entra ID's shape: {instance}/{tenant}/v2.0/.well-known/openid-configuration, for the operator console's sign-in.
        app.MapGet(prefix + "/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, HttpRequest request) =>
        {
            var tenantBase = $"{request.Scheme}://{request.Host}{prefix}/{tenant}";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = $"{tenantBase}/v2.0",
                ["authorization_endpoint"] = $"{tenantBase}/oauth2/v2.0/authorize",
                ["token_endpoint"] = $"{tenantBase}/oauth2/v2.0/token",
                ["end_session_endpoint"] = $"{tenantBase}/oauth2/v2.0/logout",
                ["jwks_uri"] = $"{request.Scheme}://{request.Host}{prefix}/keys",
                ["response_types_supported"] = new[] { "code", "id_token" },
                ["subject_types_supported"] = new[] { "pairwise" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        });
        await app.StartAsync();
        issuer.MetadataUrl = new Uri($"{app.Urls.First()}{prefix}/.well-known/openid-configuration");
        issuer.EntraInstance = new Uri($"{app.Urls.First()}{prefix}/");
        await LoopbackTestCertificate.WaitUntilTrustedAsync(issuer.MetadataUrl);
        return issuer;
    }

    /// <summary>The configuration that points the Bot Framework's validation at this issuer.</summary>
    public Dictionary<string, string?> BotSettings(string appId) => new()
    {
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = "not-used-outbound-credentials-are-faked",
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl.ToString(),
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = MetadataUrl.ToString(),
        ["ToBotFromChannelTokenIssuer"] = ChannelIssuer,
        ["ToChannelFromBotOAuthScope"] = ChannelIssuer,
        ["OAuthUrl"] = ChannelIssuer,
        ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
    };

    /// <summary>A channel token as the Bot Connector service makes one; each part can be spoiled.</summary>
    public string Token(
        string audience,
        string serviceUrl,
        string issuer = ChannelIssuer,
        DateTime? expires = null,
        RSA? signingKey = null)
    {
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddHours(-1),
            NotBefore = expiry.AddHours(-1),
            Expires = expiry,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(
                new RsaSecurityKey(signingKey ?? _key) { KeyId = _keyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    private Dictionary<string, object> PublicJwk()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = _keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = Endorsements,
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
    }
}
