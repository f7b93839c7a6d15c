using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Tests.Engine;

public class PromptTests
{
    private readonly List<object?> _answers = [];

    [Fact]
    public async Task ConfirmWithButtonsShowsThemAndTakesTheSecondAsNo()
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("ok?"), Choices = ChoiceFactory.ToChoices(["Y!", "N!"]) };
        await Host(new ConfirmPrompt("p", ShippedRecognizers.Confirm, ShippedRecognizers.Choice), options).Flow()
            .Send("start").AssertReply(a => Assert.Equal(["Y!", "N!"], a.AsMessageActivity().SuggestedActions.Actions.Select(x => x.Title)))
            .Send("2")
            .StartTestAsync();

        Assert.Equal([false], _answers);
    }

    [Fact]
    public async Task ValidatorRejectionRetriesAndSeesTheAttemptCount()
    {
        var counts = new List<int>();
        var prompt = new TextPrompt("p", (context, _) =>
        {
            counts.Add(context.AttemptCount);
            return Task.FromResult(context.Recognized.Value?.Length > 3);
        });
        var options = new PromptOptions { Prompt = MessageFactory.Text("id?"), RetryPrompt = MessageFactory.Text("longer") };

        await Host(prompt, options).Flow()
            .Send("start").AssertReply("id?")
            .Send("ab").AssertReply("longer")
            .Send("abcd")
            .StartTestAsync();

        Assert.Equal([1, 2], counts);
        Assert.Equal(["abcd"], _answers);
    }

    [Fact]
    public async Task NullMaxAttemptsKeepsAsking()
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("pick"), Choices = ChoiceFactory.ToChoices(["a1", "b2"]), Style = ListStyle.None, MaxAttempts = null };
        var flow = Host(new ChoicePrompt("p", ShippedRecognizers.Choice), options).Flow().Send("start").AssertReply("pick");
        for (var i = 0; i < 5; i++)
        {
            flow = flow.Send("zzz").AssertReply("pick");
        }

        await flow.Send("b2").StartTestAsync();
        Assert.Equal("b2", Assert.IsType<FoundChoice>(Assert.Single(_answers)).Value);
    }

    private DialogTestHost Host(Dialog prompt, PromptOptions options)
        => new(new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("flow", [
                (step, ct) => step.PromptAsync(prompt.Id, options, ct),
                (step, ct) => { _answers.Add(step.Result); return step.EndDialogAsync(null, ct); },
            ]))
            .AddDialog(prompt));
}
