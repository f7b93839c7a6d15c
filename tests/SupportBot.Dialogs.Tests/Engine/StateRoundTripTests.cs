using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Tests.Engine.Samples;

namespace SupportBot.Dialogs.Tests.Engine;

public class StateRoundTripTests
{
    [Fact]
    public async Task StoredStackHasTheBotFrameworkWireShapeWithTheTopFirst()
    {
        var host = new DialogTestHost(new SampleFlowDialog());
        await host.Flow().Send("hi").AssertReply(SampleTexts.AskName).Send("Taro").AssertReply(SampleTexts.AskConfirm).StartTestAsync();

        var json = JObject.Parse(JsonConvert.SerializeObject(await host.ReadStoredStateAsync()));

        Assert.Equal(nameof(SampleFlowDialog), (string?)json.SelectToken("dialogStack[0].id"));
        var inner = json.SelectToken("dialogStack[0].state.dialogs.dialogStack")!;
        Assert.Equal([nameof(ConfirmPrompt), nameof(WaterfallDialog)], inner.Select(i => (string?)i["id"]));
        Assert.Equal(1, (int?)inner[1]!.SelectToken("state.stepIndex"));
        Assert.Equal("Taro", (string?)inner[1]!.SelectToken("state.values.SampleState.Name"));
    }

    [Fact]
    public async Task ConversationPausedAtAPromptContinuesAtTheSameStepFromJsonInAFreshProcess()
    {
        var first = new DialogTestHost(new SampleFlowDialog());
        await first.Flow()
            .Send("hi").AssertReply(SampleTexts.AskName)
            .Send("Taro").AssertReply(SampleTexts.AskConfirm)
            .Send("たぶん").AssertReply(SampleTexts.RetryConfirm)
            .StartTestAsync();
        var json = JsonConvert.SerializeObject(await first.ReadStoredStateAsync(), new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None });

        var second = new DialogTestHost(new SampleFlowDialog());
        await second.WriteStoredStateAsync(JsonConvert.DeserializeObject<DialogState>(json)!);

        // One attempt is left (MaxAttempts 2), so a second unclear answer gives up: the count survived.
        await second.Flow().Send("どうかな").AssertReply(SampleTexts.GaveUp).StartTestAsync();
        var third = new DialogTestHost(new SampleFlowDialog());
        await third.WriteStoredStateAsync(JsonConvert.DeserializeObject<DialogState>(json)!);
        await third.Flow().Send("はい").AssertReply(m => Assert.StartsWith(SampleTexts.AskMethod, m.AsMessageActivity().Text))
            .Send("メール").AssertReply(SampleTexts.Chosen("Taro", "メール"))
            .StartTestAsync();
    }

    [Fact]
    public async Task TypedOptionsAndValuesReadBackAfterStorage()
    {
        var seen = new List<(FlowOptions? Options, int Count)>();
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("flow", [
                (step, ct) => { step.SetValue("count", 7); return step.PromptAsync("text", new PromptOptions(), ct); },
                (step, ct) => { seen.Add((step.GetOptions<FlowOptions>(), step.GetValue<int>("count"))); return step.EndDialogAsync(null, ct); },
            ]))
            .AddDialog(new TextPrompt("text"));
        root.InitialDialogId = "flow";
        var host = new DialogTestHost(new OptionsForwardingDialog(root));

        await host.Flow().Send("a").Send("b").StartTestAsync();

        Assert.Equal([(new FlowOptions("ticket-1", 3), 7)], seen);
    }

    private sealed record FlowOptions(string TicketId, int Priority);

    /// <summary>Begins the inner component with typed options, as a parent flow would.</summary>
    private sealed class OptionsForwardingDialog : ComponentDialog
    {
        public OptionsForwardingDialog(ComponentDialog inner)
            : base("forwarding")
        {
            AddDialog(inner);
        }

        protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
            => innerDc.BeginDialogAsync(InitialDialogId!, new FlowOptions("ticket-1", 3), cancellationToken);
    }
}
