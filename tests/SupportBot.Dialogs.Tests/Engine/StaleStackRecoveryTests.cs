using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Tests.Engine.Samples;

namespace SupportBot.Dialogs.Tests.Engine;

public class StaleStackRecoveryTests
{
    public static TheoryData<string, DialogState> StacksFromAnOlderDeployment => new()
    {
        { "OldFlowDialog", StackOf(new DialogInstance { Id = "OldFlowDialog" }) },
        {
            "OldPrompt",
            StackOf(new DialogInstance
            {
                Id = nameof(SampleFlowDialog),
                State = new Dictionary<string, object?> { ["dialogs"] = StackOf(new DialogInstance { Id = "OldPrompt" }) },
            })
        },
    };

    [Theory]
    [MemberData(nameof(StacksFromAnOlderDeployment))]
    public async Task UserWithAStackFromAnOlderDeploymentGetsTheCallersApologyAndAFreshStart(string unknownId, DialogState stored)
    {
        var host = new DialogTestHost(new SampleFlowDialog());
        await host.WriteStoredStateAsync(stored);
        host.OnStaleStack = (context, _, ct) => context.SendActivityAsync(SampleTexts.Sorry, cancellationToken: ct);

        await host.Flow().Send("hello again").AssertReply(SampleTexts.Sorry).AssertReply(SampleTexts.AskName).StartTestAsync();

        Assert.Equal(unknownId, host.Results[0].UnknownDialogId);
        Assert.Equal(DialogTurnStatus.Waiting, host.Results[0].Status);
    }

    private static DialogState StackOf(DialogInstance instance) => new() { DialogStack = [instance] };
}
