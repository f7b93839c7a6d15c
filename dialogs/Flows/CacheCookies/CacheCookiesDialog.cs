using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Flows.CacheCookies;

/// <summary>
/// Cache and cookies: asks the device (unless the person already named it), shows the article's Safari
/// (iPhone) or Chrome (Android) steps, or general guidance for other browsers, then whether sign-in works.
/// </summary>
internal sealed class CacheCookiesDialog : SupportFlowDialog
{
    private const string AskDevice = "cache.ask_device";
    private const string AskOutcome = "cache.ask_outcome";

    public CacheCookiesDialog(FlowServices services)
        : base(nameof(CacheCookiesDialog), SymptomLabels.CacheCookie, services)
    {
        AddSteps(AskDeviceStepAsync, ShowStepsStepAsync, OutcomeStepAsync);
        AddQuestion(AskDevice, new Dictionary<string, string>(), readsFact: understanding => understanding.Device);
        AddQuestion(AskOutcome, YesNo, waitsForOutcome: true);
    }

    private async Task<DialogTurnResult> AskDeviceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await SayAsync(step, "cache.intro", cancellationToken);
        var supportCase = await Services.Cases.GetAsync(step.Context, cancellationToken);
        if (supportCase.Device is { } device)
        {
            return await step.NextAsync(device, cancellationToken);
        }

        return await AskAsync(step, AskDevice,
            [
                Choice(step.Context, Devices.IPhone, "cache.device.iphone"),
                Choice(step.Context, Devices.Android, "cache.device.android"),
                Choice(step.Context, Devices.Other, "cache.device.other"),
            ],
            cancellationToken);
    }

    private async Task<DialogTurnResult> ShowStepsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answer(step) is not { } device)
        {
            return await OfferPersonAsync(step, cancellationToken);
        }

        await SayAsync(step, $"cache.steps.{device}", cancellationToken);
        await NoteAsync(step, "cache_steps_shown", cancellationToken);
        return await AskYesNoAsync(step, AskOutcome, cancellationToken);
    }

    private async Task<DialogTurnResult> OutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (Answer(step))
        {
            case Yes:
                return await ResolveAsync(step, cancellationToken);
            case No:
                await NoteAsync(step, "cache_cleared", cancellationToken);
                return await EscalateAsync(step, cancellationToken);
            default:
                return await OfferPersonAsync(step, cancellationToken);
        }
    }
}
