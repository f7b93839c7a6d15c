using SupportBot.Dialogs.Records;
using static SupportBot.Dialogs.Tests.Flows.SupportConversation;

namespace SupportBot.Dialogs.Tests.Flows;

public sealed class RecoveryFlowConversationTests
{
    [Fact]
    public async Task UserWhoForgotTheEmailGetsTypoTipsThenTheContactPathAndTheWarningAgainstANewAccount()
    {
        var chat = new SupportConversation();
        await chat.StartAsync();

        var tips = await chat.SayAsync("登録したメールアドレスがわからなくなりました");
        Assert.Contains(Text("email.tips"), tips.AllText(), StringComparison.Ordinal);

        var stuck = await chat.SayAsync("いいえ、だめでした");
        var text = stuck.AllText();
        Assert.Contains("「その他のログインに関する問題」", text, StringComparison.Ordinal);
        Assert.Contains("「自分のアカウントにログインする事が出来ません」", text, StringComparison.Ordinal);
        Assert.Contains(Text("email.new_account_warning"), text, StringComparison.Ordinal);
        Assert.NotNull(stuck.HandoffCard());
        Assert.Equal("forgot_email", Assert.Single(await chat.Storage.StoredAsync<HandoffRecord>("handoff/")).Symptom);
    }

    [Fact]
    public async Task EnglishSpeakerWhoFindsTheRightEmailIsResolved()
    {
        var chat = new SupportConversation(locale: "en-US");
        await chat.StartAsync();
        await chat.SayAsync("I don't remember which email address my account uses");

        var replies = await chat.SayAsync("yes");

        Assert.Contains(Text("resolved.glad", "en"), replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IPhoneUserGetsTheSafariStepsAndIsResolved()
    {
        var chat = new SupportConversation();
        await chat.StartAsync();

        var device = await chat.SayAsync("ログイン画面がループして先に進めません");
        Assert.Contains(Text("cache.ask_device"), device.AllText(), StringComparison.Ordinal);

        var steps = await chat.SayAsync("iPhone");
        Assert.Contains("「履歴とWebサイトデータを消去」", steps.AllText(), StringComparison.Ordinal);

        var done = await chat.SayAsync("はい");
        Assert.Contains(Text("resolved.glad"), done.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AndroidUserPickingByNumberGetsTheChromeStepsAndIsHandedOffIfStillStuck()
    {
        var chat = new SupportConversation();
        await chat.StartAsync();
        await chat.SayAsync("機種変更してからスマホだけログインできない");

        var steps = await chat.SayAsync("２");
        Assert.Contains("「Cookieとサイトデータ」", steps.AllText(), StringComparison.Ordinal);
        Assert.Contains("「クリア」", steps.AllText(), StringComparison.Ordinal);

        var stuck = await chat.SayAsync("できませんでした");
        Assert.NotNull(stuck.HandoffCard());
    }

    [Fact]
    public async Task OtherBrowserUserGetsGeneralGuidanceInEnglish()
    {
        var chat = new SupportConversation(locale: "en-US");
        await chat.StartAsync();
        await chat.SayAsync("the sign in page keeps loading forever in my browser");

        var steps = await chat.SayAsync("Other");

        Assert.Contains(Text("cache.steps.other", "en"), steps.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("はい", "takeover.received")]
    [InlineData("いいえ", "takeover.not_received")]
    public async Task SuspectedTakeoverIsUrgentWhateverTheAnswerAboutTheEmail(string answer, string explanationKey)
    {
        var chat = new SupportConversation();
        await chat.StartAsync();

        var asked = await chat.SayAsync("正しいパスワードなのに急にログインできなくなった。乗っ取られたかもしれない");
        Assert.Contains("端末またはアプリから登録が試みられました", asked.AllText(), StringComparison.Ordinal);

        var urgent = await chat.SayAsync(answer);
        var text = urgent.AllText();
        Assert.Contains(Text(explanationKey), text, StringComparison.Ordinal);
        Assert.Contains(FreeDial, text, StringComparison.Ordinal);
        Assert.Contains(MobilePaid, text, StringComparison.Ordinal);
        Assert.Contains(Text("takeover.card_check"), text, StringComparison.Ordinal);
        Assert.Contains(Text("takeover.after"), text, StringComparison.Ordinal);
        Assert.NotNull(urgent.HandoffEvent());
    }
}
