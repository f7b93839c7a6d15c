using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Console.Pages;

/// <summary>
/// The README's picture of the dashboard: two weeks of conversations played through <c>/api/messages</c> (a few a day,
/// each kind the bot knows), then a screenshot of the last 7 days. Runs only when
/// <see cref="ConsoleBrowserTests.ScreenshotVariable"/> names the file to write, e.g.
/// <c>SUPPORTBOT_CONSOLE_SCREENSHOT=$PWD/docs/images/console-dashboard.png dotnet test tests/SupportBot.Bot.Tests --filter DashboardScreenshot</c>.
/// </summary>
public sealed class DashboardScreenshot
{
    private static readonly string[][] Scripts =
    [
        ["パスワードを忘れてログインできません", "はい", "うまくいきました", "5"],
        ["パスワードを忘れました", "はい", "うまくいきました", "4"],
        ["知らない注文があって、パスワードも勝手に変えられていました", "はい、届きました"],
        ["キャッシュを消したいです", "やっぱりオペレーターと話したい"],
        ["注文した荷物がまだ届きません"],
        ["パスワードを忘れました", "ぬるぽ"],
        ["パスワードを忘れてログインできません", "はい", "うまくいきました", "3"],
        ["パスワードを忘れました"],
    ];

    [SkippableFact]
    public async Task TwoWeeksOfConversationsOnTheDashboard()
    {
        var path = Environment.GetEnvironmentVariable(ConsoleBrowserTests.ScreenshotVariable);
        Skip.If(string.IsNullOrEmpty(path), $"Set {ConsoleBrowserTests.ScreenshotVariable} to the file to write.");

        var clock = new ShiftedClock();
        await using var sink = await ChannelSink.StartAsync();
        await using var bot = new BotHost(configureServices: services => services.AddSingleton<TimeProvider>(clock)).Start();
        var http = bot.CreateLoopbackClient();
        var lastSevenDays = 0;
        for (var daysAgo = 13; daysAgo >= 0; daysAgo--)
        {
            clock.Offset = -TimeSpan.FromDays(daysAgo) - TimeSpan.FromHours(1);
            var count = 3 + ((daysAgo * 5) % 4);
            for (var i = 0; i < count; i++)
            {
                var user = new EmulatorClient(http, sink.ServiceUrl);
                foreach (var text in Scripts[((daysAgo * 3) + i) % Scripts.Length])
                {
                    await user.SendAsync(user.Message(text));
                    await sink.WaitForAsync(1, TimeSpan.FromSeconds(90));
                }
            }

            lastSevenDays += daysAgo < 7 ? count : 0;
        }

        clock.Offset = TimeSpan.Zero;
        await bot.Services.GetRequiredService<ConversationFactsWriter>().FlushAsync(CancellationToken.None);

        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "ja-JP", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            await page.GotoAsync(new Uri(bot.BaseAddress, "admin?days=7").ToString());
            await Assertions.Expect(page.Locator("html[data-charts-rendered=true]")).ToHaveCountAsync(1);
            Assert.Equal(lastSevenDays.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("[data-figure=conversations]").TextContentAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
