using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Analytics.Queries;

namespace SupportBot.Bot.Tests.Console.Pages;

/// <summary>The dashboard over the real host shows, as text, the figures of the conversations played through <c>/api/messages</c>.</summary>
[Collection(PlayedConversationsGroup.Name)]
public sealed class DashboardPageTests(PlayedConversations played)
{
    [Fact]
    public async Task TheDashboardCountsThePlayedConversationsByOutcomeReasonRatingLanguageAndChannel()
    {
        var figures = await FiguresAsync("admin?days=7&lang=en");

        Assert.Equal("5", figures["conversations"]);
        Assert.Equal("1", figures["conversations-previous"]); // last week's parcel question
        Assert.Equal("+4", figures["conversations-change"]);
        Assert.Equal("20.0%", figures["resolution-rate"]);
        Assert.Equal("40.0%", figures["escalation-rate"]);
        Assert.Equal("0.0%", figures["abandonment-rate"]); // the unfinished one is still in progress
        Assert.Equal("20.0%", figures["out-of-scope-rate"]);
        Assert.Equal("+40.0", figures["escalation-rate-change"]);
        Assert.Equal("100.0%", figures["out-of-scope-rate-previous"]);
        Assert.Equal("-80.0", figures["out-of-scope-rate-change"]);
        Assert.Equal("+20.0", figures["resolution-rate-change"]);
        Assert.Equal("5.00", figures["csat-average"]);
        Assert.Equal("1", figures["csat-count"]);
        Assert.Equal("1", figures["csat-5"]);
        Assert.Equal("0", figures["csat-1"]);
        Assert.Equal("1", figures["reason-takeover"]);
        Assert.Equal("1", figures["reason-asked_for_person"]);
        Assert.Equal("5", figures["language-ja"]);
        Assert.Equal("5", figures["channel-emulator"]);
        Assert.Equal("2", figures["symptom-forgot_password"]);
        Assert.Equal("1", figures["symptom-cache_cookie"]);

        var today = DateOnly.ParseExact(figures["period-to"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(today.AddDays(-6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), figures["period-from"]);
        Assert.Equal("5", figures[$"day-{figures["period-to"]}-conversations"]);
    }

    [Fact]
    public async Task EachFlowsFunnelShowsWhoReachedEachStepAndWhereTheyStopped()
    {
        var figures = await FiguresAsync("admin?days=30&lang=ja");

        // Both forgot-password conversations asked whether the e-mail address is known; one stopped there, still open.
        Assert.Equal("2", figures["funnel-forgot_password-entered"]);
        Assert.Equal("2", figures["funnel-forgot_password-step-0-reached"]);
        Assert.Equal("1", figures["funnel-forgot_password-step-0-open"]);
        Assert.Equal("1", figures["funnel-cache_cookie-entered"]);
        Assert.Equal("1", figures["funnel-cache_cookie-step-0-escalated"]);

        // Every step of every funnel as the queries sum it.
        var queries = played.Bot.Services.GetRequiredService<ConversationFactsQueries>();
        var dashboard = await queries.DashboardAsync(queries.LastDays(30), CancellationToken.None);
        Assert.Equal(4, dashboard.Funnels.Count);
        foreach (var funnel in dashboard.Funnels)
        {
            foreach (var step in funnel.Steps)
            {
                var id = $"funnel-{funnel.Flow}-step-{step.Index}";
                Assert.Equal(step.Reached.ToString(CultureInfo.InvariantCulture), figures[$"{id}-reached"]);
                Assert.Equal(step.StoppedResolved.ToString(CultureInfo.InvariantCulture), figures[$"{id}-resolved"]);
                Assert.Equal(step.StoppedEscalated.ToString(CultureInfo.InvariantCulture), figures[$"{id}-escalated"]);
                Assert.Equal(step.StoppedOpen.ToString(CultureInfo.InvariantCulture), figures[$"{id}-open"]);
            }
        }

        Assert.Equal("1", figures["funnel-forgot_password-step-3-resolved"]);
    }

    [Fact]
    public async Task LastWeeksConversationIsOnItsOwnDayOfALongerPeriod()
    {
        var figures = await FiguresAsync("admin?days=30&lang=en");
        var today = DateOnly.ParseExact(figures["period-to"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lastWeek = today.AddDays(-PlayedConversations.LastWeekAgo.Days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal("6", figures["conversations"]);
        Assert.Equal("1", figures[$"day-{lastWeek}-conversations"]);
        Assert.Equal("100.0%", figures[$"day-{lastWeek}-out-of-scope-rate"]);
        Assert.Equal("0", figures[$"day-{today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-conversations"]);
        Assert.Equal("5", figures[$"day-{figures["period-to"]}-conversations"]);
        Assert.Equal("1", figures[$"channel-{PlayedConversations.HostileChannel}"]);
    }

    [Fact]
    public async Task AChannelIdThatIsMarkupIsTextInTheFiguresAndInertInTheChartData()
    {
        using var http = await played.ConsoleAsync();
        var html = await http.GetStringAsync(new Uri("admin?days=30", UriKind.Relative));

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        var data = System.Text.RegularExpressions.Regex.Match(html, "<script type=\"application/json\" id=\"dashboard-data\">(?<json>.*?)</script>").Groups["json"].Value;
        using var charts = System.Text.Json.JsonDocument.Parse(data);
        Assert.Contains(PlayedConversations.HostileChannel, charts.RootElement.GetProperty("channels").GetProperty("labels").EnumerateArray().Select(label => label.GetString()));
    }

    [Fact]
    public async Task APeriodBeforeTheConversationsIsEmptyAndABadPeriodFallsBackToTheLastWeek()
    {
        var figures = await FiguresAsync("admin?from=2020-01-01&to=2020-01-31&lang=en");
        Assert.Equal("0", figures["conversations"]);
        Assert.Equal("0.0%", figures["resolution-rate"]);
        Assert.Equal("–", figures["csat-average"]);
        Assert.Equal("2019-12-01", figures["previous-from"]);
        Assert.Equal("2019-12-31", figures["previous-to"]);

        using var http = await played.ConsoleAsync();
        var invalid = await http.GetStringAsync(new Uri("admin?from=2020-02-01&to=2020-01-01&lang=en", UriKind.Relative));
        Assert.Contains("id=\"period-invalid\"", invalid, StringComparison.Ordinal);
        Assert.Equal("5", PageFigures.Read(invalid)["conversations"]); // the last 7 days
    }

    [Fact]
    public async Task TheDashboardIsInTheAskedLanguageWithItsChartsDataAndScriptsFromTheConsole()
    {
        using var http = await played.ConsoleAsync();
        var japanese = await http.GetStringAsync(new Uri("admin", UriKind.Relative));
        var english = await http.GetStringAsync(new Uri("admin?lang=en", UriKind.Relative));

        Assert.Contains("<html lang=\"ja\">", japanese, StringComparison.Ordinal);
        Assert.Contains("解決率", japanese, StringComparison.Ordinal);
        Assert.Contains("Resolution rate", english, StringComparison.Ordinal);
        var switched = await http.GetStringAsync(new Uri("admin?days=30&lang=ja", UriKind.Relative));
        Assert.Contains("/admin?days=30&lang=en", PageFigures.Attributes(switched, "href")); // the language switch keeps the period
        Assert.Contains("<meta name=\"csrf-token\" content=\"", english, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/json\" id=\"dashboard-data\">", english, StringComparison.Ordinal);
        Assert.Contains("src=\"/admin/assets/chart.umd.min.js\"", english, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", english, StringComparison.Ordinal); // no inline script: the policy is script-src 'self'

        using var chart = await http.GetAsync(new Uri("admin/assets/chart.umd.min.js", UriKind.Relative));
        chart.EnsureSuccessStatusCode();
        Assert.StartsWith("text/javascript", chart.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Chart.js v4.", await chart.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var missing = await http.GetAsync(new Uri("admin/assets/..%2Fappsettings.json", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<Dictionary<string, string>> FiguresAsync(string path)
    {
        using var http = await played.ConsoleAsync();
        return PageFigures.Read(await http.GetStringAsync(new Uri(path, UriKind.Relative)));
    }
}
