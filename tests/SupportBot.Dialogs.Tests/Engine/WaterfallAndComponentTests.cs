using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Tests.Engine.Samples;

namespace SupportBot.Dialogs.Tests.Engine;

public class WaterfallAndComponentTests
{
    private readonly List<string> _log = [];
    private readonly DialogState _state = new();

    [Fact]
    public async Task WaterfallStepReceivesTheChildsResultAndItsIndex()
    {
        var seen = new List<(int Index, object? Result)>();
        var dialogs = new DialogSet()
            .Add(new RecordingDialog("child", _log))
            .Add(new WaterfallDialog("flow", [
                (step, ct) => step.BeginDialogAsync("child", null, ct),
                (step, ct) => { seen.Add((step.Index, step.Result)); return step.EndDialogAsync("done", ct); },
            ]));

        await Turn(dialogs, "start", dc => dc.BeginDialogAsync("flow"));
        var result = await Turn(dialogs, "answer", dc => dc.ContinueDialogAsync());

        Assert.Equal([(1, (object?)"answer")], seen);
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "done"), result);
    }

    [Fact]
    public async Task NextAsyncRunsTheNextStepAtOnceAndOnlyOnce()
    {
        var dialogs = new DialogSet().Add(new WaterfallDialog("flow", [
            async (step, ct) =>
            {
                await step.NextAsync("skipped", ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Turn(dialogs, "x", dc => dc.BeginDialogAsync("flow")));
    }

    [Fact]
    public async Task WaterfallEndsWithTheLastResultAfterItsLastStep()
    {
        var dialogs = new DialogSet().Add(new WaterfallDialog("flow", [(step, ct) => step.NextAsync(42, ct)]));

        var result = await Turn(dialogs, "x", dc => dc.BeginDialogAsync("flow"));

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, 42), result);
    }

    [Fact]
    public async Task ComponentKeepsItsChildrenOnItsOwnStackAndEndsWithTheirResult()
    {
        var component = new ComponentDialog("component");
        component.AddDialog(new WaterfallDialog("inner", [
            (step, ct) => step.BeginDialogAsync("child", null, ct),
            (step, ct) => step.EndDialogAsync($"inner got {step.Result}", ct),
        ]));
        component.AddDialog(new RecordingDialog("child", _log));
        var dialogs = new DialogSet().Add(new RecordingDialog("outer", _log)).Add(component);

        await Turn(dialogs, "x", dc => dc.BeginDialogAsync("outer"));
        await Turn(dialogs, "x", dc => dc.BeginDialogAsync("component"));

        Assert.Equal(["component", "outer"], _state.DialogStack.Select(i => i.Id));
        var inner = StateValue.As<DialogState>(_state.DialogStack[0].State["dialogs"])!;
        Assert.Equal(["child", "inner"], inner.DialogStack.Select(i => i.Id));

        await Turn(dialogs, "answer", dc => dc.ContinueDialogAsync());

        Assert.Contains("outer.resume(inner got answer)", _log);
        Assert.Empty(_state.DialogStack);
    }

    [Fact]
    public async Task CancellingAComponentCancelsItsInnerDialogs()
    {
        var component = new ComponentDialog("component").AddDialog(new RecordingDialog("child", _log));
        var dialogs = new DialogSet().Add(component);
        await Turn(dialogs, "x", dc => dc.BeginDialogAsync("component"));

        await Turn(dialogs, "x", dc => dc.CancelAllDialogsAsync());

        Assert.Contains("child.end(CancelCalled)", _log);
    }

    private async Task<DialogTurnResult> Turn(DialogSet dialogs, string text, Func<DialogContext, Task<DialogTurnResult>> action)
    {
        var adapter = new TestAdapter();
        return await action(new DialogContext(dialogs, new TurnContext(adapter, adapter.MakeActivity(text)), _state));
    }
}
