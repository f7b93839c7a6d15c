using System.Collections.Concurrent;
using Microsoft.Playwright;
using SupportBot.Bot.Tests.DirectLine;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.WebChatPage;

/// <summary>
/// The chat page as a person uses it, in real headless Chromium: Web Chat served by the bot talks
/// to the embedded Direct Line over WebSocket, and the real support dialogs answer.
/// </summary>
public sealed class ChatPageBrowserTests : IAsyncLifetime
{
    private const string Activities = ".webchat__basic-transcript__activity:visible";
    private const string FreeDial = "0120-999-373";
    private const string MobilePaid = "011-330-3000";

    /// <summary>Records what the page asks the browser to open, since a tel: link cannot really be dialled here.</summary>
    private const string RecordOpenedUrls = """
        window.__openedUrls = [];
        window.open = url => { window.__openedUrls.push(String(url)); return null; };
        """;

    private static readonly ViewportSize Desktop = new() { Width = 1024, Height = 800 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private BotHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    // Playwright raises request events on its own thread while a test reads what came so far.
    private readonly ConcurrentQueue<string> _requests = new();

    public async Task InitializeAsync()
    {
        // Buttons appear after a Direct Line poll and a render; with the whole suite on two cores, Playwright's
        // default 5 s was seen to run out (twice in six clean runs) while the page was still getting there.
        Assertions.SetDefaultExpectTimeout(TestPatience.ForAReplyInMilliseconds);
        _host = DirectLineTestHost.Start();
        (_playwright, _browser) = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task PersonWhoForgotThePasswordTypesThroughTheStepsClicksDoneRatesAndSeesItAllAfterAReload()
    {
        var page = await OpenPageAsync(Desktop);

        await page.GotoAsync(_host.BaseAddress.ToString());
        await ActivityAsync(page, Ja("welcome"));
        await ActivityAsync(page, Ja("menu.prompt"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("SupportBot");
        await Assertions.Expect(page.Locator(".page__tagline")).ToContainTextAsync("ログイン");
        foreach (var label in new[] { "forgot_password", "forgot_email", "cache_cookie", "account_hijack", "human_agent" })
        {
            await Assertions.Expect(SuggestedAction(page, Ja($"menu.choice.{label}"))).ToBeVisibleAsync();
        }

        await ScreenshotAsync(page, "01-welcome-and-menu");

        await TypeAsync(page, "パスワードを忘れてしまいました");
        await ActivityAsync(page, Ja("password.ask_email_known"));
        await TypeAsync(page, "はい");
        var steps = page.Locator(Activities, new() { HasText = FirstLine(Ja("password.steps")) }).Last;
        await Assertions.Expect(steps).ToBeVisibleAsync();
        await Assertions.Expect(steps.Locator("ol > li")).ToHaveTextAsync(NumberedLines(Ja("password.steps")));
        await ActivityAsync(page, Ja("password.tip"));
        await ActivityAsync(page, Ja("password.ask_outcome"));
        await steps.ScreenshotAsync(new() { Path = ScreenshotPath("02-six-steps") });
        await ScreenshotAsync(page, "03-steps-then-did-it-work");

        await SuggestedAction(page, Ja("password.outcome.worked")).ClickAsync();
        await ActivityAsync(page, Ja("resolved.glad"));
        await ActivityAsync(page, Ja("resolved.ask_rating"));
        foreach (var rating in new[] { "1", "2", "3", "4", "5" })
        {
            await Assertions.Expect(SuggestedAction(page, rating)).ToBeVisibleAsync();
        }

        await ScreenshotAsync(page, "04-resolved-and-rating");
        await SuggestedAction(page, "5").ClickAsync();
        await ActivityAsync(page, Ja("resolved.thanks"));
        await ActivityAsync(page, Ja("resolved.goodbye"));
        await Assertions.Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await ActivityAsync(page, Ja("resolved.goodbye"));
        await ActivityAsync(page, "パスワードを忘れてしまいました");
        await ActivityAsync(page, Ja("password.ask_outcome"));
        Assert.Equal(1, await page.Locator(Activities, new() { HasText = Ja("welcome") }).CountAsync());
        await ScreenshotAsync(page, "05-after-reload");

        AssertEverythingCameFromTheBot();
    }

    [Fact]
    public async Task PersonWhoClicksThroughButGetsNoCodeSeesTheTipsLineByLineThenTheHandoffCardWithCallActions()
    {
        var page = await OpenPageAsync(Desktop);
        await page.GotoAsync(_host.BaseAddress.ToString());
        await ActivityAsync(page, Ja("menu.prompt"));

        await SuggestedAction(page, Ja("menu.choice.forgot_password")).ClickAsync();
        await ActivityAsync(page, Ja("password.ask_email_known"));
        await SuggestedAction(page, Ja("common.yes")).ClickAsync();
        await ActivityAsync(page, Ja("password.ask_outcome"));
        await SuggestedAction(page, Ja("password.outcome.no_code")).ClickAsync();

        var tips = MarkdownBubble(page, FirstLine(Ja("password.no_code.tips")));
        await Assertions.Expect(tips).ToBeVisibleAsync();
        Assert.Equal(Ja("password.no_code.tips").Split('\n'), await RenderedLinesAsync(tips));
        await ActivityAsync(page, Ja("password.ask_code_arrived"));
        await ScreenshotAsync(page, "06-no-code-tips");
        await SuggestedAction(page, Ja("common.no")).ClickAsync();

        var card = page.Locator(".ac-adaptiveCard:visible").Last;
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card).ToContainTextAsync(Ja("handoff.title"));
        await Assertions.Expect(card).ToContainTextAsync(FreeDial);
        await Assertions.Expect(card).ToContainTextAsync(MobilePaid);
        await Assertions.Expect(card).ToContainTextAsync(Ja("summary.tried.no_code"));
        await Assertions.Expect(card).ToContainTextAsync("お問い合わせ番号");
        await card.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "07-handoff-card-after-no-code");
        await card.ScreenshotAsync(new() { Path = ScreenshotPath("08-handoff-card") });

        await card.GetByRole(AriaRole.Button, new() { Name = Ja("handoff.call.free_dial") }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = Ja("handoff.call.mobile_paid") }).ClickAsync();
        Assert.Equal(["tel:0120999373", "tel:0113303000"], await OpenedUrlsAsync(page, 2));
        AssertEverythingCameFromTheBot();
    }

    [Fact]
    public async Task OnAPhoneAskingForAnOperatorShowsTheWholeHandoffCard()
    {
        var page = await OpenPageAsync(Phone);
        await page.GotoAsync(_host.BaseAddress.ToString());
        await ActivityAsync(page, Ja("menu.prompt"));
        await ScreenshotAsync(page, "09-phone-welcome");

        await TypeAsync(page, "オペレーターと話したい");

        var card = page.Locator(".ac-adaptiveCard:visible").Last;
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card).ToContainTextAsync(FreeDial);
        await Assertions.Expect(card).ToContainTextAsync(MobilePaid);
        await Assertions.Expect(card).ToContainTextAsync(Ja("summary.symptom.human_agent") + Ja("summary.separator") + Ja("summary.tried.none"));
        await Assertions.Expect(card).Not.ToContainTextAsync(Ja("summary.tried.user_requested"));
        var numbers = MarkdownBubble(page, Ja("handoff.title"));
        var numberLines = Ja("handoff.numbers").Replace("{freeDial}", FreeDial, StringComparison.Ordinal).Replace("{mobilePaid}", MobilePaid, StringComparison.Ordinal).Split('\n');
        string[] expected = [Ja("handoff.title"), .. numberLines];
        Assert.Equal(expected, await RenderedLinesAsync(numbers));
        var call = card.GetByRole(AriaRole.Button, new() { Name = Ja("handoff.call.mobile_paid") });
        await call.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "10-phone-handoff-card");
        await card.ScreenshotAsync(new() { Path = ScreenshotPath("11-phone-handoff-card-whole") });
        var cardBox = (await card.BoundingBoxAsync())!;
        Assert.True(cardBox.X >= 0 && cardBox.X + cardBox.Width <= Phone.Width, $"the card is cut off: x={cardBox.X}, width={cardBox.Width}");
        await call.ClickAsync();
        Assert.Equal(["tel:0113303000"], await OpenedUrlsAsync(page, 1));
    }

    [Fact]
    public async Task OnAPhoneThePageSwitchesToEnglishKeepsTheConversationAndTheBotAnswersInEnglish()
    {
        var page = await OpenPageAsync(Phone);
        await page.GotoAsync(_host.BaseAddress.ToString());
        await ActivityAsync(page, Ja("welcome"));

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.Locator(".page__tagline")).ToContainTextAsync("sign in");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await ActivityAsync(page, Ja("welcome"));
        await TypeAsync(page, "I forgot my password");
        await ActivityAsync(page, BotContent.English("password.ask_email_known"));
        await SuggestedAction(page, BotContent.English("common.yes")).ClickAsync();
        var steps = page.Locator(Activities, new() { HasText = FirstLine(BotContent.English("password.steps")) }).Last;
        await Assertions.Expect(steps.Locator("ol > li")).ToHaveCountAsync(6);
        await ActivityAsync(page, BotContent.English("password.ask_outcome"));
        await steps.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "12-phone-english");
    }

    [Fact]
    public async Task OnTheEnglishPageTheMenuOffersEveryProblemAsAButtonAndATalkToAPersonClickShowsTheCard()
    {
        var page = await OpenPageAsync(Desktop);
        await page.GotoAsync(new Uri(_host.BaseAddress, "?lang=en").ToString());
        await ActivityAsync(page, BotContent.English("welcome"));
        await ActivityAsync(page, BotContent.English("menu.prompt"));
        foreach (var label in new[] { "forgot_password", "forgot_email", "cache_cookie", "account_hijack", "human_agent" })
        {
            await Assertions.Expect(SuggestedAction(page, BotContent.English($"menu.choice.{label}"))).ToBeVisibleAsync();
        }

        await ScreenshotAsync(page, "13-english-menu");
        await SuggestedAction(page, BotContent.English("menu.choice.human_agent")).ClickAsync();

        var card = page.Locator(".ac-adaptiveCard:visible").Last;
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card).ToContainTextAsync(BotContent.English("handoff.title"));
        await Assertions.Expect(card).ToContainTextAsync(FreeDial);
        await Assertions.Expect(card).ToContainTextAsync(MobilePaid);
        await card.GetByRole(AriaRole.Button, new() { Name = BotContent.English("handoff.call.free_dial") }).ClickAsync();
        Assert.Equal(["tel:0120999373"], await OpenedUrlsAsync(page, 1));
        await ScreenshotAsync(page, "14-english-handoff-card");
    }

    private async Task<IPage> OpenPageAsync(ViewportSize viewport)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport, Locale = "ja-JP" });
        await context.AddInitScriptAsync(RecordOpenedUrls);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(TestPatience.ForAReplyInMilliseconds);
        page.Request += (_, request) => _requests.Enqueue(request.Url);
        page.WebSocket += (_, socket) => _requests.Enqueue(socket.Url);
        return page;
    }

    private void AssertEverythingCameFromTheBot() =>
        Assert.All(_requests, url => Assert.True(
            url.StartsWith(_host.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
            || url.StartsWith($"ws://{_host.BaseAddress.Authority}/", StringComparison.Ordinal)
            || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal),
            $"the page asked something off this bot: {url}"));

    private static string Ja(string key) => BotContent.Japanese(key);

    /// <summary>What the page asked the browser to open, once it has asked <paramref name="count"/> times (a card's action runs after the click returns).</summary>
    private static async Task<string[]> OpenedUrlsAsync(IPage page, int count)
    {
        await page.WaitForFunctionAsync($"() => window.__openedUrls.length >= {count}", null, new() { Timeout = TestPatience.ForAReplyInMilliseconds });
        return await page.EvaluateAsync<string[]>("window.__openedUrls");
    }

    /// <summary>The lines a person sees in a bubble (innerText keeps rendered line breaks only).</summary>
    private static async Task<string[]> RenderedLinesAsync(ILocator bubble) =>
        [.. (await bubble.InnerTextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string FirstLine(string text) => text.Split('\n')[0];

    /// <summary>The items of a "1. …\n2. …" list in the content, as a rendered list shows them.</summary>
    private static string[] NumberedLines(string text) =>
        [.. text.Split('\n').Skip(1).Select(line => line[(line.IndexOf(". ", StringComparison.Ordinal) + 2)..])];

    private static async Task TypeAsync(IPage page, string text)
    {
        var sendBox = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        await ActivityAsync(page, text);
    }

    /// <summary>The text of a bot message as Web Chat rendered it from Markdown (not a card's text block, rendered alike).</summary>
    private static ILocator MarkdownBubble(IPage page, string text) =>
        page.Locator(".webchat__render-markdown:visible:not(.ac-adaptiveCard *)", new() { HasText = AsRendered(text) }).Last;

    /// <summary>Web Chat shows suggested actions only under the latest bot message, as buttons.</summary>
    private static ILocator SuggestedAction(IPage page, string title) =>
        page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).Last;

    private static Task ActivityAsync(IPage page, string text) =>
        Assertions.Expect(page.Locator(Activities, new() { HasText = AsRendered(text) }).Last).ToBeVisibleAsync();

    /// <summary>Web Chat's Markdown is typographic: an apostrophe in "I'm" shows as "I’m".</summary>
    private static string AsRendered(string text) => text.Replace('\'', '’');

    private static string ScreenshotPath(string name) => Path.Combine(HeadlessChromium.ScreenshotDirectory(), $"{name}.png");

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(name) });
}
