using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Analytics.Queries;
using SupportBot.Bot.Console;

namespace SupportBot.Bot.Tests.Console.Pages;

/// <summary>The conversation list, its filters and a conversation's page, over the real host and the played conversations.</summary>
[Collection(PlayedConversationsGroup.Name)]
public sealed class ConversationPagesTests(PlayedConversations played)
{
    [Fact]
    public async Task TheListShowsEveryPlayedConversationWithItsOutcomeAndLinksToIt()
    {
        var html = await GetAsync("admin/conversations?lang=en");

        Assert.Equal("6", PageFigures.Read(html)["conversations-total"]);
        var users = played.All;
        Assert.Equal(users.Select(u => u.ConversationId).Order(StringComparer.Ordinal), PageFigures.Attributes(html, "data-conversation").Order(StringComparer.Ordinal));
        var links = PageFigures.Attributes(html, "href");
        Assert.All(users, user => Assert.Contains(ConsoleLinks.Conversation(user.ChannelId, user.ConversationId, "en"), links));
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);

        Assert.Contains($"data-conversation=\"{played.Resolved.ConversationId}\" data-channel=\"emulator\" data-outcome=\"resolved\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>x", html, StringComparison.Ordinal); // the hostile id is text, not markup
    }

    [Fact]
    public async Task FiltersNarrowTheListByOutcomeSymptomChannelAndDate()
    {
        var escalated = await GetAsync("admin/conversations?outcome=escalated");
        Assert.Equal("2", PageFigures.Read(escalated)["conversations-total"]);
        Assert.Contains(played.Takeover.ConversationId, escalated, StringComparison.Ordinal);
        Assert.Contains(played.AskedForPerson.ConversationId, escalated, StringComparison.Ordinal);
        Assert.DoesNotContain(played.Resolved.ConversationId, escalated, StringComparison.Ordinal);

        Assert.Equal("1", PageFigures.Read(await GetAsync("admin/conversations?outcome=in_progress"))["conversations-total"]);
        Assert.Equal("0", PageFigures.Read(await GetAsync("admin/conversations?outcome=abandoned"))["conversations-total"]);
        Assert.Equal("2", PageFigures.Read(await GetAsync("admin/conversations?symptom=forgot_password"))["conversations-total"]);
        Assert.Equal("0", PageFigures.Read(await GetAsync("admin/conversations?channel=msteams"))["conversations-total"]);
        Assert.Equal("0", PageFigures.Read(await GetAsync("admin/conversations?from=2020-01-01&to=2020-12-31"))["conversations-total"]);
        Assert.Equal("6", PageFigures.Read(await GetAsync("admin/conversations?outcome=not-an-outcome"))["conversations-total"]);

        var today = played.Bot.Services.GetRequiredService<ConversationFactsQueries>().Today();
        var lastWeek = today.AddDays(-PlayedConversations.LastWeekAgo.Days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var onThatDay = await GetAsync($"admin/conversations?from={lastWeek}&to={lastWeek}");
        Assert.Equal([played.LastWeek.ConversationId], PageFigures.Attributes(onThatDay, "data-conversation"));
        var sinceYesterday = await GetAsync($"admin/conversations?from={today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&outcome=out_of_scope");
        Assert.Equal([played.OutOfScope.ConversationId], PageFigures.Attributes(sinceYesterday, "data-conversation"));
    }

    [Fact]
    public async Task AConversationsPageShowsItsFactsFlowsAndRedactedTranscript()
    {
        var html = await GetAsync(ConsoleLinks.Conversation("emulator", played.Resolved.ConversationId, "en").TrimStart('/'));
        var figures = PageFigures.Read(html);

        Assert.Equal(played.Resolved.ConversationId, figures["conversation-id"]);
        Assert.Equal("Resolved", figures["outcome"]);
        Assert.Equal("5", figures["rating"]);
        Assert.Equal("4", figures["turns"]);
        Assert.Equal("Forgot password", figures["first-symptom"]);
        Assert.Contains("data-flow=\"forgot_password\"", html, StringComparison.Ordinal);
        Assert.Contains("data-speaker=\"user\"", html, StringComparison.Ordinal);
        Assert.Contains("data-speaker=\"bot\"", html, StringComparison.Ordinal);
        Assert.Contains("パスワードを忘れてログインできません", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHostileConversationIdIsShownAsTextAndTheTranscriptHidesThePhoneNumber()
    {
        var html = await GetAsync(ConsoleLinks.Conversation("emulator", PlayedConversations.HostileId, "en").TrimStart('/'));

        Assert.Equal(PlayedConversations.HostileId, PageFigures.Read(html)["conversation-id"]);
        Assert.DoesNotContain("<i>x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;i&gt;x", html, StringComparison.Ordinal);
        Assert.Contains("ぬるぽ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("3456", html, StringComparison.Ordinal);
        Assert.Contains("data-last-step=\"AskEmailKnown\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConversationOnAChannelWhoseIdIsMarkupOpensAndShowsItAsText()
    {
        var html = await GetAsync(ConsoleLinks.Conversation(PlayedConversations.HostileChannel, played.LastWeek.ConversationId, "en").TrimStart('/'));

        Assert.Equal(PlayedConversations.HostileChannel, PageFigures.Read(html)["channel"]);
        Assert.Equal("Out of scope", PageFigures.Read(html)["outcome"]);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConversationThatIsNotThereIs404()
    {
        using var http = await played.ConsoleAsync();
        using var response = await http.GetAsync(new Uri("admin/conversations/emulator/no-such-conversation", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("conversation-not-found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> GetAsync(string path)
    {
        using var http = await played.ConsoleAsync();
        return await http.GetStringAsync(new Uri(path, UriKind.Relative));
    }
}
