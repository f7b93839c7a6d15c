using System.Text;
using Microsoft.Playwright;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Console.Pages;

/// <summary>
/// An operator in headless Chromium: the dashboard's figures are those of the conversations played through
/// <c>/api/messages</c>, its charts are drawn under the real Content-Security-Policy without a console error, a
/// transcript opens from the list, the CSV downloads, and a message the bot did not understand is labelled and exported.
/// The operator signs in with the key first: without it the console sends them to sign in.
/// </summary>
[Collection(PlayedConversationsGroup.Name)]
public sealed class ConsoleBrowserTests(PlayedConversations played) : IAsyncLifetime
{
    /// <summary>Set to a path to save a screenshot of the dashboard there (the README's picture), e.g. docs/images/console-dashboard.png.</summary>
    public const string ScreenshotVariable = "SUPPORTBOT_CONSOLE_SCREENSHOT";

    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync() => (_playwright, _browser) = await HeadlessChromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    [Fact]
    public async Task AnOperatorReadsTheDashboardOpensATranscriptAndDownloadsTheCsv()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = played.Bot.BaseAddress.ToString(),
            AcceptDownloads = true,
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");

        await SignInAsync(page);
        await page.GotoAsync("/admin?days=7");
        await Assertions.Expect(page.Locator("html[data-charts-rendered=true]")).ToHaveCountAsync(1);

        Assert.Equal("5", await Figure(page, "conversations"));
        Assert.Equal("20.0%", await Figure(page, "resolution-rate"));
        Assert.Equal("40.0%", await Figure(page, "escalation-rate"));
        Assert.Equal("0.0%", await Figure(page, "abandonment-rate"));
        Assert.Equal("20.0%", await Figure(page, "out-of-scope-rate"));
        Assert.Equal("5.00", await Figure(page, "csat-average"));
        Assert.Equal("2", await Figure(page, "funnel-forgot_password-step-0-reached"));
        Assert.Equal("1", await Figure(page, "reason-takeover"));
        Assert.Equal("5", await Figure(page, "language-ja"));

        // Every chart drawn: a canvas Chart.js has sized and painted.
        var canvases = page.Locator("canvas[data-chart]");
        var count = await canvases.CountAsync();
        Assert.True(count >= 11, $"{count} charts"); // per day, rates, CSAT, 4 splits, 4 funnels
        Assert.Equal(count, await page.Locator("canvas[data-rendered=true]").CountAsync());
        Assert.True(await canvases.First.EvaluateAsync<int>("c => c.width") > 0);

        if (Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } screenshot)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(HeadlessChromium.ScreenshotDirectory(), "console-dashboard.png"), FullPage = true });

        // The list, then the resolved conversation's transcript.
        await page.GetByRole(AriaRole.Link, new() { Name = "Conversations", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-figure=conversations-total]")).ToHaveTextAsync("6");
        await page.Locator($"tr[data-conversation=\"{played.Resolved.ConversationId}\"] a").ClickAsync();
        await Assertions.Expect(page.Locator("[data-figure=outcome]")).ToHaveTextAsync("Resolved");
        await Assertions.Expect(page.Locator("#transcript li[data-speaker=user]").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("パスワードを忘れてログインできません"));
        Assert.True(await page.Locator("#transcript li[data-speaker=bot]").CountAsync() > 0);

        // The escalated ones as CSV.
        await page.GotoAsync("/admin/conversations?outcome=escalated");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-csv").ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var rows = Csv.Parse(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await download.PathAsync())).TrimStart('\uFEFF'));
        Assert.Equal(3, rows.Count);
        Assert.All(rows.Skip(1), row => Assert.Equal("escalated", row[8]));

        // The answer the bot did not understand, labelled "no" at its question, then exported in the training format.
        await page.GetByRole(AriaRole.Link, new() { Name = "Review", Exact = true }).ClickAsync();
        var group = page.Locator("li.review-group", new() { HasText = "ぬるぽ" });
        await group.Locator("select[name=label]").SelectOptionAsync("no");
        await group.Locator("button.review-label").ClickAsync();
        await Assertions.Expect(page.Locator("#review-notice[data-refused=false]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("li.review-group", new() { HasText = "ぬるぽ" })).ToHaveCountAsync(0);
        var export = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href='/admin/review/export/answer.jsonl']").ClickAsync());
        var lines = (await File.ReadAllLinesAsync(await export.PathAsync())).Where(line => line.Length > 0).ToList();
        var labelled = Assert.Single(lines, line => line.Contains("ぬるぽ", StringComparison.Ordinal));
        Assert.Matches("^\\{\"text\": \"ぬるぽ [^\"]*\", \"label\": \"no\"\\}$", labelled);
        Assert.DoesNotContain("3456", labelled, StringComparison.Ordinal);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await context.CloseAsync();
    }

    /// <summary>Opens the console, is sent to sign in, types the operator key, and is back on the dashboard.</summary>
    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/admin?days=7");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/signin\\?returnUrl="));
        await page.Locator("#key").FillAsync(PlayedConversations.OperatorKey);
        await page.Locator("form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin\\?days=7$"));
    }

    private static async Task<string> Figure(IPage page, string name) =>
        (await page.Locator($"[data-figure=\"{name}\"]").TextContentAsync())?.Trim() ?? string.Empty;
}
