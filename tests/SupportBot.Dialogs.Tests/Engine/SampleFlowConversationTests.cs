using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Tests.Engine.Samples;

namespace SupportBot.Dialogs.Tests.Engine;

public class SampleFlowConversationTests
{
    private const string MethodList = SampleTexts.AskMethod + "\n\n1. メール\n2. 電話\n3. SMS";
    private const string RetryMethodList = SampleTexts.RetryMethod + "\n\n1. メール\n2. 電話\n3. SMS";

    private readonly DialogTestHost _host = new(new SampleFlowDialog());

    [Fact]
    public async Task UserWhoAnswersEveryPromptCompletesTheFlowWithTheChosenMethod()
    {
        await _host.Flow()
            .Send("こんにちは").AssertReply(SampleTexts.AskName)
            .Send("山田").AssertReply(SampleTexts.AskConfirm)
            .Send("はい").AssertReply(MethodList)
            .Send("２番").AssertReply(SampleTexts.Chosen("山田", "電話"))
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "電話"), _host.Results[^1]);
    }

    [Fact]
    public async Task UnclearAnswerGetsTheCallersRetryPromptAndThenCounts()
    {
        await _host.Flow()
            .Send("hi").AssertReply(SampleTexts.AskName)
            .Send("Taro").AssertReply(SampleTexts.AskConfirm)
            .Send("たぶん").AssertReply(SampleTexts.RetryConfirm)
            .Send("yep").AssertReply(MethodList)
            .Send("よくわからない").AssertReply(RetryMethodList)
            .Send("the third one").AssertReply(SampleTexts.Chosen("Taro", "SMS"))
            .StartTestAsync();
    }

    [Fact]
    public async Task PromptThatRunsOutOfAttemptsGivesTheStepANullResult()
    {
        await _host.Flow()
            .Send("hi").AssertReply(SampleTexts.AskName)
            .Send("Taro").AssertReply(SampleTexts.AskConfirm)
            .Send("たぶん").AssertReply(SampleTexts.RetryConfirm)
            .Send("どうかな").AssertReply(SampleTexts.GaveUp)
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, SampleTexts.GaveUp), _host.Results[^1]);
    }

    [Fact]
    public async Task HelpAnswersAndAsksTheSameQuestionAgainWithoutUsingAnAttempt()
    {
        await _host.Flow()
            .Send("hi").AssertReply(SampleTexts.AskName)
            .Send("Taro").AssertReply(SampleTexts.AskConfirm)
            .Send("たぶん").AssertReply(SampleTexts.RetryConfirm)
            .Send("ヘルプお願いします").AssertReply(SampleTexts.Help).AssertReply(SampleTexts.AskConfirm)
            .Send("ｈｅｌｐ").AssertReply(SampleTexts.Help).AssertReply(SampleTexts.AskConfirm)
            .Send("いいえ").AssertReply(SampleTexts.Declined)
            .StartTestAsync();
    }

    [Fact]
    public async Task CancelClearsTheWholeStackAndTheNextMessageStartsAfresh()
    {
        await _host.Flow()
            .Send("hi").AssertReply(SampleTexts.AskName)
            .Send("Taro").AssertReply(SampleTexts.AskConfirm)
            .Send("最初からやり直したい").AssertReply(SampleTexts.Cancelled)
            .Send("hi").AssertReply(SampleTexts.AskName)
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, _host.Results[2].Status);
    }

    [Fact]
    public async Task AgentRequestEndsTheFlowWithTheHooksResult()
    {
        await _host.Flow()
            .Send("hi").AssertReply(SampleTexts.AskName)
            .Send("オペレーターに繋いでください").AssertReply(SampleTexts.Agent)
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, SampleTexts.Agent), _host.Results[^1]);
    }

    [Fact]
    public async Task MessageWithoutTextIsRepromptedNotCrashed()
    {
        var cardSubmit = new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Message) { Value = new { id = 1 } };
        await _host.Flow()
            .Send("hi").AssertReply(SampleTexts.AskName)
            .Send(cardSubmit).AssertReply(SampleTexts.AskName)
            .StartTestAsync();
    }
}
