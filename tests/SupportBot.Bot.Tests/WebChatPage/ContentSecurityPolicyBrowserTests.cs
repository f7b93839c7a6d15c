using Microsoft.Playwright;
using SupportBot.Bot.Tests.DirectLine;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.WebChatPage;

/// <summary>
/// The page under its real Content-Security-Policy in headless Chromium: Web Chat renders, talks
/// over the WebSocket, shows a card, and the browser reports no violation.
/// </summary>
public sealed class ContentSecurityPolicyBrowserTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _host = DirectLineTestHost.Start(bot: new CardsTestBot());
        (_playwright, _browser) = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task ChatPageWorksUnderItsPolicyWithoutAnyViolation()
    {
        var page = await _browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");

        var response = await page.GotoAsync(_host.BaseAddress.ToString());
        await Expect(page, CardsTestBot.Welcome);
        var sendBox = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await sendBox.FillAsync("パスワードを忘れました");
        await sendBox.PressAsync("Enter");
        await Expect(page, "you said: パスワードを忘れました");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "0120-999-373" }).First).ToBeVisibleAsync();

        Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        Assert.Empty(violations);
    }

    private static Task Expect(IPage page, string text) =>
        Assertions.Expect(page.Locator(".webchat__basic-transcript__activity:visible", new() { HasText = text }).First)
            .ToBeVisibleAsync(new() { Timeout = TestPatience.ForAReplyInMilliseconds });
}
