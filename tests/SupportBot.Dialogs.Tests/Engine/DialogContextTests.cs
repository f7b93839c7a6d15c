using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Tests.Engine.Samples;

namespace SupportBot.Dialogs.Tests.Engine;

public class DialogContextTests
{
    private readonly List<string> _log = [];
    private readonly DialogSet _dialogs = new();
    private readonly DialogState _state = new();

    public DialogContextTests()
    {
        _dialogs.Add(new RecordingDialog("a", _log)).Add(new RecordingDialog("b", _log)).Add(new RecordingDialog("c", _log));
    }

    [Fact]
    public async Task BeginDialogAsync_PutsTheNewDialogOnTopAtIndexZero()
    {
        var dc = NewTurn("x");
        await dc.BeginDialogAsync("a");
        var result = await dc.BeginDialogAsync("b", "opts");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["b", "a"], dc.Stack.Select(i => i.Id));
        Assert.Equal("b.begin(opts)", _log[^1]);
    }

    [Fact]
    public async Task BeginDialogAsync_UnknownId_Throws()
        => await Assert.ThrowsAsync<ArgumentException>(() => NewTurn("x").BeginDialogAsync("nope"));

    [Fact]
    public async Task ContinueDialogAsync_EmptyStack_ReturnsEmpty()
        => Assert.Equal(DialogTurnStatus.Empty, (await NewTurn("x").ContinueDialogAsync()).Status);

    [Fact]
    public async Task EndDialogAsync_ResumesTheParentWithTheChildsResult()
    {
        await NewTurn("x").BeginDialogAsync("a");
        await NewTurn("x").BeginDialogAsync("b");

        var result = await NewTurn("answer").ContinueDialogAsync();

        Assert.Equal(["b.continue", "b.end(EndCalled)", "a.resume(answer)", "a.end(EndCalled)"], _log.Skip(2));
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "answer"), result);
        Assert.Empty(_state.DialogStack);
    }

    [Fact]
    public async Task ReplaceDialogAsync_EndsTheActiveDialogAndBeginsTheNewOneWithoutResumingTheParent()
    {
        var dc = NewTurn("x");
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");

        await dc.ReplaceDialogAsync("c", "again");

        Assert.Equal(["c", "a"], dc.Stack.Select(i => i.Id));
        Assert.Equal(["b.end(ReplaceCalled)", "c.begin(again)"], _log.Skip(2));
    }

    [Fact]
    public async Task CancelAllDialogsAsync_EndsEveryDialogTopFirst()
    {
        var dc = NewTurn("x");
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(dc.Stack);
        Assert.Equal(["b.end(CancelCalled)", "a.end(CancelCalled)"], _log.Skip(2));
    }

    [Fact]
    public async Task CancelAllDialogsAsync_EmptyStack_ReturnsEmpty()
        => Assert.Equal(DialogTurnStatus.Empty, (await NewTurn("x").CancelAllDialogsAsync()).Status);

    [Fact]
    public async Task ContinueDialogAsync_UnknownActiveId_ClearsTheStackAndReportsTheId()
    {
        _state.DialogStack.Add(new DialogInstance { Id = "removed-in-last-deployment" });
        _state.DialogStack.Add(new DialogInstance { Id = "a" });

        var result = await NewTurn("x").ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
        Assert.Equal("removed-in-last-deployment", result.UnknownDialogId);
        Assert.Empty(_state.DialogStack);
    }

    [Fact]
    public async Task EndDialogAsync_UnknownParentId_ClearsTheStackInsteadOfThrowing()
    {
        _state.DialogStack.Add(new DialogInstance { Id = "a" });
        _state.DialogStack.Add(new DialogInstance { Id = "old-parent" });

        var result = await NewTurn("x").ContinueDialogAsync();

        Assert.Equal("old-parent", result.UnknownDialogId);
        Assert.Empty(_state.DialogStack);
    }

    private DialogContext NewTurn(string text)
    {
        var adapter = new TestAdapter();
        return new DialogContext(_dialogs, new TurnContext(adapter, adapter.MakeActivity(text)), _state);
    }
}
