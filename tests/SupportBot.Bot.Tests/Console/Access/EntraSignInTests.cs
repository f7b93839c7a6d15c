using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.WebUtilities;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Console.Access;

/// <summary>With Entra ID configured, a console page sends the operator to the tenant's sign-in (authorization code with PKCE) and back to the console.</summary>
public sealed class EntraSignInTests : IAsyncLifetime
{
    private OpenIdTestIssuer _issuer = null!;

    public async Task InitializeAsync() => _issuer = await OpenIdTestIssuer.StartAsync();

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    [Fact]
    public async Task AConsolePageRedirectsToTheTenantsSignInWithPkceAndTheConsolesCallback()
    {
        var clientId = Guid.NewGuid().ToString();
        await using var bot = new BotHost(new Dictionary<string, string?>
        {
            ["Console:Entra:Instance"] = _issuer.EntraInstance.ToString(),
            ["Console:Entra:TenantId"] = "contoso",
            ["Console:Entra:ClientId"] = clientId,
            ["Console:Entra:ClientSecret"] = "test-secret",
        }).Start();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = bot.BaseAddress };

        using var page = await http.SendAsync(Html("admin/conversations"));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        using var signIn = await http.SendAsync(Html(page.Headers.Location!.OriginalString.TrimStart('/')));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var location = signIn.Headers.Location!;
        Assert.Equal(new Uri(_issuer.EntraInstance, "contoso/oauth2/v2.0/authorize").AbsolutePath, location.AbsolutePath);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(clientId, query["client_id"].ToString());
        Assert.Equal("code", query["response_type"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.EndsWith("/admin/signin-oidc", query["redirect_uri"].ToString(), StringComparison.Ordinal);

        using var script = await http.GetAsync(new Uri("admin/conversations.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, script.StatusCode);
    }

    private static HttpRequestMessage Html(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return request;
    }
}
