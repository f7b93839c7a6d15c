using SupportBot.Dialogs.Records;
using static SupportBot.Dialogs.Tests.Flows.SupportConversation;

namespace SupportBot.Dialogs.Tests.Flows;

public sealed class InterruptionConversationTests
{
    private static async Task<SupportConversation> InThePasswordFlowAsync(string locale = "ja-JP")
    {
        var chat = new SupportConversation(locale: locale);
        await chat.StartAsync();
        await chat.SayAsync("パスワードを忘れてしまいました");
        await chat.SayAsync("はい");
        return chat;
    }

    [Fact]
    public async Task HelpMidFlowSaysWhatTheBotDoesAndWhereTheUserIsThenAsksTheSameQuestion()
    {
        var chat = await InThePasswordFlowAsync();

        var replies = await chat.SayAsync("ヘルプ");

        var text = replies.AllText();
        Assert.Contains(Text("help.text"), text, StringComparison.Ordinal);
        Assert.Contains(Text("menu.choice.forgot_password"), text, StringComparison.Ordinal);
        Assert.EndsWith(Text("password.ask_outcome"), replies.Messages().Last().Text, StringComparison.Ordinal);

        var stillThere = await chat.SayAsync("できた");
        Assert.Contains(Text("resolved.glad"), stillThere.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("最初から")]
    [InlineData("やめる")]
    public async Task StartOverMidFlowReturnsToTheMenu(string utterance)
    {
        var chat = await InThePasswordFlowAsync();

        var replies = await chat.SayAsync(utterance);

        Assert.Contains(Text("cancel.done"), replies.AllText(), StringComparison.Ordinal);
        Assert.Contains(Text("menu.prompt"), replies.AllText(), StringComparison.Ordinal);
        var fresh = await chat.SayAsync("ログイン画面が真っ白で表示されない");
        Assert.Contains(Text("cache.ask_device"), fresh.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("人と話したい")]
    [InlineData("オペレーター")]
    [InlineData("agent")]
    public async Task AskingForAPersonMidFlowHandsOffWithWhatWasAlreadyTried(string utterance)
    {
        var chat = await InThePasswordFlowAsync();

        var replies = await chat.SayAsync(utterance);

        Assert.NotNull(replies.HandoffCard());
        var record = Assert.Single(await chat.Storage.StoredAsync<HandoffRecord>("handoff/"));
        Assert.Equal("forgot_password", record.Symptom);
        Assert.Contains(record.Id, replies.HandoffCard()!.Content.ToString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribingADifferentProblemMidFlowSwitchesToThatFlow()
    {
        var chat = await InThePasswordFlowAsync();

        var replies = await chat.SayAsync("乗っ取られたかもしれない、知らない注文とカードの請求がある");

        Assert.Contains("端末またはアプリから登録が試みられました", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShortAnswersToTheQuestionDoNotSwitchFlows()
    {
        var chat = new SupportConversation();
        await chat.StartAsync();
        await chat.SayAsync("ログイン画面がループして先に進めません");
        await chat.SayAsync("iPhone");

        var replies = await chat.SayAsync("できませんでした");

        Assert.NotNull(replies.HandoffCard());
        Assert.Equal("cache_cookie", Assert.Single(await chat.Storage.StoredAsync<HandoffRecord>("handoff/")).Symptom);
    }
}
