using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Console.Access;

/// <summary>Who gets into the operator console, through the real host on loopback: sign-in, refusals, CSRF, headers.</summary>
public sealed partial class ConsoleAccessTests
{
    private const string Key = "a-long-operator-key-for-the-tests-0123456789";

    [Fact]
    public async Task WithAnOperatorKeyEveryConsoleUrlIsRefusedWithoutSignIn()
    {
        await using var bot = new BotHost(new Dictionary<string, string?> { ["Console:OperatorKey"] = Key }).Start();
        using var http = NoRedirects(bot);

        foreach (var path in new[] { "admin", "admin/", "admin/conversations", "admin/conversations.csv", "admin/review/export/symptom.jsonl", "admin/no-such-page" })
        {
            using var api = await http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);

            using var page = await http.SendAsync(Page(HttpMethod.Get, path));
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/admin/signin?returnUrl=", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var post = await http.PostAsync(new Uri("admin/review/label", UriKind.Relative), new StringContent("{}"));
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task EveryConsoleEndpointTheAppMapsIsRefusedWithoutSignIn()
    {
        await using var bot = new BotHost(new Dictionary<string, string?> { ["Console:OperatorKey"] = Key }).Start();
        using var http = NoRedirects(bot);
        var endpoints = bot.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => ("/" + endpoint.RoutePattern.RawText?.TrimStart('/')).StartsWith("/admin", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(endpoints.Count >= 10, $"{endpoints.Count} console endpoints");

        var checkedRequests = 0;
        foreach (var endpoint in endpoints)
        {
            var path = RouteParameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), "x");
            if (path is "admin/signin" or "admin/signout")
            {
                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
            {
                using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} /{path}: {(int)response.StatusCode}");
                checkedRequests++;
            }
        }

        Assert.True(checkedRequests >= 10, $"{checkedRequests} requests");
    }

    [Fact]
    public async Task TheRightKeySignsInAndReturnsToThePageAskedFor()
    {
        await using var bot = new BotHost(new Dictionary<string, string?> { ["Console:OperatorKey"] = Key }).Start();
        using var http = NoRedirects(bot);

        var (token, cookie) = await SignInFormAsync(http);
        using var signIn = await http.SendAsync(SignInPost(token, cookie, Key, "/admin/conversations?outcome=escalated"));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin/conversations?outcome=escalated", signIn.Headers.Location!.OriginalString);
        var session = SessionCookie(signIn);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/admin", session, StringComparison.OrdinalIgnoreCase);

        using var after = new HttpRequestMessage(HttpMethod.Get, "admin/no-such-page");
        after.Headers.Add("Cookie", session.Split(';')[0]);
        using var admitted = await http.SendAsync(after);
        Assert.Equal(HttpStatusCode.NotFound, admitted.StatusCode); // past the gate: nothing is there
    }

    [Fact]
    public async Task AWrongKeyIsRefusedAndAForeignReturnUrlIsIgnored()
    {
        await using var bot = new BotHost(new Dictionary<string, string?> { ["Console:OperatorKey"] = Key }).Start();
        using var http = NoRedirects(bot);

        var (token, cookie) = await SignInFormAsync(http);
        using var wrong = await http.SendAsync(SignInPost(token, cookie, Key + "x", "/admin"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("sign-in-failed", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(wrong.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("SupportBot.Console=", StringComparison.Ordinal)));

        using var elsewhere = await http.SendAsync(SignInPost(token, cookie, Key, "https://evil.example/admin"));
        Assert.Equal("/admin", elsewhere.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ASignInPostWithoutTheAntiforgeryTokenIsRefused()
    {
        await using var bot = new BotHost(new Dictionary<string, string?> { ["Console:OperatorKey"] = Key }).Start();
        using var http = NoRedirects(bot);

        using var forged = await http.PostAsync(
            new Uri("admin/signin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["Key"] = Key }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("antiforgery", await forged.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GuessingTheKeyIsRateLimited()
    {
        await using var bot = new BotHost(new Dictionary<string, string?> { ["Console:OperatorKey"] = Key }).Start();
        using var http = NoRedirects(bot);
        var (token, cookie) = await SignInFormAsync(http);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 12; attempt++)
        {
            using var response = await http.SendAsync(SignInPost(token, cookie, $"guess-{attempt}", "/admin"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task InDevelopmentTheConsoleIsOpenToThisMachineOnlyNotThroughAProxy()
    {
        await using var bot = new BotHost().Start();
        using var http = NoRedirects(bot);

        using var local = await http.GetAsync(new Uri("admin/no-such-page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, local.StatusCode); // admitted: nothing is there

        using var proxied = new HttpRequestMessage(HttpMethod.Get, "admin/no-such-page");
        proxied.Headers.Add("X-Forwarded-For", "127.0.0.1");
        using var refused = await http.SendAsync(proxied);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Console:OperatorKey", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeployedBotWithoutSignInConfiguredKeepsTheConsoleClosedEvenToThisMachine()
    {
        await using var bot = new BotHost(new Dictionary<string, string?> { ["MicrosoftAppId"] = Guid.NewGuid().ToString() }).Start();
        using var http = NoRedirects(bot);

        using var response = await http.SendAsync(Page(HttpMethod.Get, "admin"));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, await response.Content.ReadAsStringAsync());
        Assert.Contains("configure Console:Entra or Console:OperatorKey", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleResponsesAreNeverCachedOrFramedAndScriptsOnlyFromTheSite()
    {
        await using var bot = new BotHost(new Dictionary<string, string?> { ["Console:OperatorKey"] = Key }).Start();
        using var http = NoRedirects(bot);

        using var response = await http.SendAsync(Page(HttpMethod.Get, "admin/signin"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    private static HttpClient NoRedirects(BotHost bot) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = bot.BaseAddress };

    private static HttpRequestMessage Page(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return request;
    }

    /// <summary>The sign-in form's antiforgery token and the antiforgery cookie that goes with it.</summary>
    private static async Task<(string Token, string Cookie)> SignInFormAsync(HttpClient http)
    {
        using var form = await http.SendAsync(Page(HttpMethod.Get, "admin/signin"));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = TokenField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var cookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("SupportBot.Console.Antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        return (token, cookie);
    }

    private static HttpRequestMessage SignInPost(string token, string cookie, string key, string returnUrl)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "admin/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Key"] = key,
                ["ReturnUrl"] = returnUrl,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", cookie);
        return request;
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("SupportBot.Console=", StringComparison.Ordinal));

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
