using SupportBot.Bot.Commands;
using SupportBot.Bot.Conversations;

namespace SupportBot.Bot.Tests.Conversations;

/// <summary>
/// The conversation file (tests/conversations/conversations.json), played through the real <c>/api/messages</c>
/// path: whole conversations in Japanese and English, mostly in people's own words.
/// </summary>
public sealed class ConversationFileTests(ScriptedConversationsFixture fixture) : IClassFixture<ScriptedConversationsFixture>
{
    public static TheoryData<string> ReportedCases =>
        [.. ScriptedConversationsFixture.Script.Conversations.Where(conversation => conversation.Reported).Select(conversation => conversation.Name)];

    [Fact]
    public void TheFileHoldsAtLeastSixtyConversationsInBothLanguagesMostlyInFreeText()
    {
        var conversations = ScriptedConversationsFixture.Script.Conversations;
        Assert.True(conversations.Count >= 60, $"{conversations.Count} conversations");
        Assert.Contains(conversations, c => c.Language == "ja");
        Assert.Contains(conversations, c => c.Language == "en");
        Assert.NotEmpty(ReportedCases);
    }

    [Fact]
    public async Task AtLeastNinetyFivePercentOfTheConversationsPass()
    {
        var results = await fixture.Runner.RunAllAsync(ScriptedConversationsFixture.Script, CancellationToken.None);

        using var report = new StringWriter();
        await ConversationReport.WriteAsync(results, "conversations.json", report);
        Assert.True(ConversationReport.PassRate(results) >= ConversationCommandLine.PassRateBar, report.ToString());
    }

    [Theory]
    [MemberData(nameof(ReportedCases))]
    public async Task EveryReportedCaseBehavesAsTheIssueAsks(string name)
    {
        var result = await fixture.Runner.RunAsync(ScriptedConversationsFixture.Script.Conversations.Single(c => c.Name == name), CancellationToken.None);

        using var report = new StringWriter();
        await ConversationReport.WriteAsync([result], name, report);
        Assert.True(result.Passed, report.ToString());
    }
}
