using SupportBot.Dialogs.Records;

namespace SupportBot.Dialogs.Tests.Flows;

public sealed class PasswordResetConversationTests
{
    [Fact]
    public async Task UserWhoForgotThePasswordGetsTheSixStepsAndRatesTheHelpAfterSigningIn()
    {
        var chat = new SupportConversation();
        var greeting = await chat.StartAsync();
        Assert.Contains(SupportConversation.Text("menu.prompt"), greeting.AllText(), StringComparison.Ordinal);
        Assert.Contains(SupportConversation.Text("menu.choice.forgot_password"), greeting.ButtonTitles());

        var asked = await chat.SayAsync("パスワードを忘れてしまいました");
        Assert.Contains(SupportConversation.Text("password.ask_email_known"), asked.AllText(), StringComparison.Ordinal);

        var steps = await chat.SayAsync("はい");
        var stepsText = steps.AllText();
        Assert.Contains("「お困りですか?」", stepsText, StringComparison.Ordinal);
        Assert.Contains("「変更を保存してログインしてください」", stepsText, StringComparison.Ordinal);
        Assert.Contains("6.", stepsText, StringComparison.Ordinal);
        Assert.Contains(SupportConversation.Text("password.tip"), stepsText, StringComparison.Ordinal);
        Assert.Contains(SupportConversation.Text("password.outcome.no_code"), steps.ButtonTitles());

        var resolved = await chat.SayAsync("できた");
        Assert.Contains(SupportConversation.Text("resolved.glad"), resolved.AllText(), StringComparison.Ordinal);

        var goodbye = await chat.SayAsync("5");
        Assert.Contains(SupportConversation.Text("resolved.thanks"), goodbye.AllText(), StringComparison.Ordinal);
        Assert.Contains(SupportConversation.Text("resolved.goodbye"), goodbye.AllText(), StringComparison.Ordinal);

        var outcome = Assert.Single(await chat.Storage.StoredAsync<OutcomeRecord>("outcome/"));
        Assert.Equal(("forgot_password", OutcomeRecord.Resolved, 5), (outcome.Symptom, outcome.Outcome, outcome.Rating));
    }
}
