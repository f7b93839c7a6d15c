using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Engine.Samples;

/// <summary>Waits when begun, ends with the user's text when continued, and writes down every call.</summary>
internal sealed class RecordingDialog(string id, List<string> log) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id}.begin({options})");
        return Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id}.continue");
        return dc.EndDialogAsync(dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id}.resume({result})");
        return base.ResumeDialogAsync(dc, reason, result, cancellationToken);
    }

    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id}.end({reason})");
        return Task.CompletedTask;
    }
}
