using Microsoft.Playwright;
using SupportBot.Bot.Tests.DirectLine;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.WebChat;

/// <summary>
/// The chat page as a person uses it, in real headless Chromium: Web Chat served by the bot talks
/// to the embedded Direct Line over WebSocket. The bot is a stand-in with suggested actions and an
/// Adaptive Card with a tel: action until the support dialogs land.
/// </summary>
public sealed class ChatPageBrowserTests : IAsyncLifetime
{
    private const string Activities = ".webchat__basic-transcript__activity:visible";
    private BotHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private readonly List<string> _requests = [];

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
    public async Task PersonGreetedTypesClicksASuggestedActionReloadsAndStillSeesTheConversation()
    {
        var page = await OpenPageAsync(new ViewportSize { Width = 1024, Height = 800 });

        await page.GotoAsync(_host.BaseAddress.ToString());
        await ActivityAsync(page, CardsTestBot.Welcome);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("SupportBot");
        await Assertions.Expect(page.Locator(".page__tagline")).ToContainTextAsync("ログイン");
        await ScreenshotAsync(page, "01-welcome");

        var sendBox = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await sendBox.FillAsync("パスワードを忘れました");
        await sendBox.PressAsync("Enter");
        await ActivityAsync(page, "you said: パスワードを忘れました");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "0120-999-373" }).First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "02-typed-message-and-card");

        await page.GetByRole(AriaRole.Button, new() { Name = CardsTestBot.Choice, Exact = true }).Last.ClickAsync();
        await ActivityAsync(page, $"you said: {CardsTestBot.Choice}");
        await Assertions.Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "03-suggested-action-clicked");

        await page.ReloadAsync();
        await ActivityAsync(page, $"you said: {CardsTestBot.Choice}");
        await ActivityAsync(page, "パスワードを忘れました");
        Assert.Equal(1, await page.Locator(Activities, new() { HasText = CardsTestBot.Welcome }).CountAsync());
        await ScreenshotAsync(page, "04-after-reload");

        Assert.All(_requests, url => Assert.True(
            url.StartsWith(_host.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
            || url.StartsWith($"ws://{_host.BaseAddress.Authority}/", StringComparison.Ordinal)
            || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal),
            $"the page asked something off this bot: {url}"));
    }

    [Fact]
    public async Task OnAPhoneThePageSwitchesToEnglishAndKeepsTheConversation()
    {
        var page = await OpenPageAsync(new ViewportSize { Width = 390, Height = 844 });
        await page.GotoAsync(_host.BaseAddress.ToString());
        await ActivityAsync(page, CardsTestBot.Welcome);
        await ScreenshotAsync(page, "05-phone-japanese");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.Locator(".page__tagline")).ToContainTextAsync("sign in");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await ActivityAsync(page, CardsTestBot.Welcome);
        var sendBox = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await sendBox.FillAsync("I forgot my password");
        await sendBox.PressAsync("Enter");
        await ActivityAsync(page, "you said: I forgot my password");
        await ScreenshotAsync(page, "06-phone-english");
    }

    private async Task<IPage> OpenPageAsync(ViewportSize viewport)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport, Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        page.Request += (_, request) => _requests.Add(request.Url);
        page.WebSocket += (_, socket) => _requests.Add(socket.Url);
        return page;
    }

    private static Task ActivityAsync(IPage page, string text) =>
        Assertions.Expect(page.Locator(Activities, new() { HasText = text }).First).ToBeVisibleAsync(new() { Timeout = 20_000 });

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(HeadlessChromium.ScreenshotDirectory(), $"{name}.png") });
}
