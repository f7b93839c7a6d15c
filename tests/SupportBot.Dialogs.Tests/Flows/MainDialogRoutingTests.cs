using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Records;
using static SupportBot.Dialogs.Tests.Flows.SupportConversation;

namespace SupportBot.Dialogs.Tests.Flows;

public sealed class MainDialogRoutingTests
{
    [Theory]
    [InlineData("Amazonにログインできません")]
    [InlineData("cant log in")]
    public async Task GenericCannotSignInAsksWhichOfTheFourCausesItIs(string utterance)
    {
        var chat = new SupportConversation();
        await chat.StartAsync();

        var replies = await chat.SayAsync(utterance);

        var language = utterance.Contains("log", StringComparison.Ordinal) ? "en" : "ja";
        Assert.Contains(Text("menu.generic", language), replies.AllText(), StringComparison.Ordinal);
        Assert.Equal(5, replies.ButtonTitles().Count);
    }

    [Fact]
    public async Task PickingACauseByNumberAfterTheGenericQuestionStartsThatFlow()
    {
        var chat = new SupportConversation();
        await chat.StartAsync();
        await chat.SayAsync("Amazonにログインできません");

        var replies = await chat.SayAsync("2");

        Assert.Contains(Text("email.tips"), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickingAMenuButtonStartsThatFlow()
    {
        var chat = new SupportConversation();
        var menu = await chat.StartAsync();

        var replies = await chat.SayAsync(menu.ButtonTitles()[2]);

        Assert.Contains(Text("cache.ask_device"), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutOfScopeQuestionsAreToldWhatTheBotCoversWithTheNumberAndOfferedTheFourCausesEveryTime()
    {
        var chat = new SupportConversation();
        await chat.StartAsync();

        foreach (var question in new[] { "注文した商品がまだ届きません", "返品の方法を教えて" })
        {
            var replies = await chat.SayAsync(question);

            Assert.Contains("このボットは Amazon にログインできないときのお手伝い専門です", replies.AllText(), StringComparison.Ordinal);
            Assert.Contains(FreeDial, replies.AllText(), StringComparison.Ordinal);
            Assert.Contains(Text("menu.choice.forgot_email"), replies.ButtonTitles());
            Assert.DoesNotContain(Text("password.ask_email_known"), replies.AllText(), StringComparison.Ordinal);
            Assert.Null(replies.HandoffCard());
        }
    }

    [Fact]
    public async Task AnAnswerNotUnderstoodIsAskedAgainInOtherWordsAndASecondOneOffersAPersonInsteadOfGuessing()
    {
        var chat = new SupportConversation();
        await chat.StartAsync();
        await chat.SayAsync("パスワードを忘れてしまいました");

        var first = await chat.SayAsync("今日の天気はどうですか");
        Assert.Contains(Text("password.ask_email_known.retry"), first.AllText(), StringComparison.Ordinal);
        Assert.Null(first.HandoffCard());

        var second = await chat.SayAsync("猫が好きです");
        Assert.Contains(Text("common.offer_human"), second.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Text("password.steps"), second.AllText(), StringComparison.Ordinal);
        Assert.NotNull(second.HandoffCard());
        var record = Assert.Single(await chat.Storage.StoredAsync<HandoffRecord>("handoff/"));
        Assert.Contains(Text("summary.tried.answer_not_understood"), record.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("オペレーターと話したい")]
    [InlineData("カスタマーサービスの電話番号を教えてください")]
    [InlineData("I want to talk to a human agent")]
    public async Task AskingForAPersonAtTheStartShowsTheHandoffCard(string utterance)
    {
        var chat = new SupportConversation();
        await chat.StartAsync();

        var replies = await chat.SayAsync(utterance);

        Assert.NotNull(replies.HandoffCard());
        Assert.Contains(FreeDial, replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstMessageWithoutAWelcomeIsTreatedAsTheProblem()
    {
        var chat = new SupportConversation();

        var replies = await chat.SayAsync("パスワードを忘れてしまいました");

        Assert.Contains(Text("password.ask_email_known"), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardSubmitWithNoTextAtTheMenuIsAskedAgainWithoutFailing()
    {
        var chat = new SupportConversation();
        await chat.StartAsync();

        var replies = await chat.SubmitAsync(new { action = "something" });

        Assert.All(replies.Messages(), m => Assert.DoesNotContain(FreeDial, m.Text ?? string.Empty, StringComparison.Ordinal));
        Assert.Contains(Text("menu.prompt"), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryClassificationIsTracedOnTheEmulatorOnly()
    {
        var emulator = new SupportConversation(channelId: "emulator");
        await emulator.StartAsync();
        var traced = await emulator.SayAsync("パスワードを忘れてしまいました");
        var trace = Assert.Single(traced, a => a.Type == ActivityTypes.Trace);
        Assert.Equal("SymptomClassifier", ((ITraceActivity)trace).Name);
        var value = Newtonsoft.Json.Linq.JObject.FromObject(((ITraceActivity)trace).Value);
        Assert.Equal("forgot_password", (string?)value["label"]);
        Assert.InRange((double)value["confidence"]!, 0.0, 1.0);
        Assert.Equal(6, value["alternatives"]!.Count());

        var webchat = new SupportConversation(channelId: "webchat");
        await webchat.StartAsync();
        var untraced = await webchat.SayAsync("パスワードを忘れてしまいました");
        Assert.DoesNotContain(untraced, a => a.Type == ActivityTypes.Trace);
    }
}
