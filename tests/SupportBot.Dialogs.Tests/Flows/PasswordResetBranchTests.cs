using SupportBot.Dialogs.Records;
using static SupportBot.Dialogs.Tests.Flows.SupportConversation;

namespace SupportBot.Dialogs.Tests.Flows;

public sealed class PasswordResetBranchTests
{
    private static async Task<SupportConversation> AtTheOutcomeQuestionAsync(string locale = "ja-JP")
    {
        var chat = new SupportConversation(locale: locale);
        await chat.StartAsync();
        await chat.SayAsync(locale.StartsWith("en", StringComparison.Ordinal) ? "I forgot my password" : "パスワードを忘れてしまいました");
        await chat.SayAsync(locale.StartsWith("en", StringComparison.Ordinal) ? "yes" : "はい");
        return chat;
    }

    [Fact]
    public async Task UserForWhomTheStepsFailedIsHandedOffWithBothNumbersAndWhatWasTried()
    {
        var chat = await AtTheOutcomeQuestionAsync();

        var replies = await chat.SayAsync("ダメでした");

        var card = replies.HandoffCard();
        Assert.NotNull(card);
        Assert.Contains(FreeDial, replies.AllText(), StringComparison.Ordinal);
        Assert.Contains(MobilePaid, replies.AllText(), StringComparison.Ordinal);
        Assert.NotNull(replies.HandoffEvent());
        var record = Assert.Single(await chat.Storage.StoredAsync<HandoffRecord>("handoff/"));
        Assert.Equal("forgot_password", record.Symptom);
        Assert.Contains(Text("summary.tried.password_steps"), record.Summary, StringComparison.Ordinal);
        var outcome = Assert.Single(await chat.Storage.StoredAsync<OutcomeRecord>("outcome/"));
        Assert.Equal((OutcomeRecord.Escalated, record.Id), (outcome.Outcome, outcome.HandoffId));
    }

    [Fact]
    public async Task UserWhoGetsNoCodeIsGivenTipsAndHandedOffIfItStillDoesNotCome()
    {
        var chat = await AtTheOutcomeQuestionAsync();

        var tips = await chat.SayAsync("コードが届きません");
        Assert.Contains(Text("password.no_code.tips"), tips.AllText(), StringComparison.Ordinal);
        Assert.Contains(Text("password.ask_code_arrived"), tips.AllText(), StringComparison.Ordinal);

        var handoff = await chat.SayAsync("いいえ");
        Assert.NotNull(handoff.HandoffCard());
        var record = Assert.Single(await chat.Storage.StoredAsync<HandoffRecord>("handoff/"));
        Assert.Contains(Text("summary.tried.no_code"), record.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodeThatArrivesAfterTheTipsLeadsBackToTheSignInQuestion()
    {
        var chat = await AtTheOutcomeQuestionAsync();
        await chat.SayAsync("コードが届きません");

        var again = await chat.SayAsync("はい、届きました");

        Assert.Contains(Text("password.ask_outcome"), again.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("「お困りですか?」", again.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserCanAskForTheStepsAgain()
    {
        var chat = await AtTheOutcomeQuestionAsync();

        var again = await chat.SayAsync("手順をもう一度");

        Assert.Contains("「パスワードを忘れた場合」", again.AllText(), StringComparison.Ordinal);
        Assert.Contains(Text("password.ask_outcome"), again.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserWhoDoesNotKnowTheRegisteredEmailIsTakenToTheEmailFlow()
    {
        var chat = new SupportConversation();
        await chat.StartAsync();
        await chat.SayAsync("パスワードを忘れてしまいました");

        var replies = await chat.SayAsync("いいえ");

        Assert.Contains(Text("email.tips"), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishSpeakerGoesThroughTheWholeFlowInEnglish()
    {
        var chat = await AtTheOutcomeQuestionAsync("en-US");

        var resolved = await chat.SayAsync("it worked");

        Assert.Contains(Text("resolved.glad", "en"), resolved.AllText(), StringComparison.Ordinal);
        var goodbye = await chat.SayAsync("skip");
        Assert.Contains(Text("resolved.goodbye", "en"), goodbye.AllText(), StringComparison.Ordinal);
        Assert.Null(Assert.Single(await chat.Storage.StoredAsync<OutcomeRecord>("outcome/")).Rating);
    }

    [Fact]
    public async Task EnglishSpeakerWhoseResetFailsGetsTheEnglishHandoffCard()
    {
        var chat = await AtTheOutcomeQuestionAsync("en-US");

        var replies = await chat.SayAsync("didn't work");

        Assert.Contains(Text("handoff.title", "en"), replies.AllText(), StringComparison.Ordinal);
        Assert.Contains(FreeDial, replies.AllText(), StringComparison.Ordinal);
    }
}
