using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Understanding;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Flows.CacheCookies;

/// <summary>
/// Cache and cookies: asks the device (unless the person already named it), shows the article's Safari
/// (iPhone) or Chrome (Android) steps, or general guidance for other browsers, then whether sign-in works.
/// </summary>
internal sealed class CacheCookiesDialog : SupportFlowDialog
{
    private static readonly TextKey AskDevice = TextKeys.Cache.AskDevice;
    private static readonly TextKey AskOutcome = TextKeys.Cache.AskOutcome;

    public CacheCookiesDialog(FlowServices services)
        : base(nameof(CacheCookiesDialog), SymptomLabels.CacheCookie, services)
    {
        AddSteps(AskDeviceStepAsync, ShowStepsStepAsync, OutcomeStepAsync);
        AddQuestion(AskDevice, new Dictionary<string, string>(), readsFact: understanding => understanding.Device);
        AddQuestion(AskOutcome, YesNo, waitsForOutcome: true);
    }

    private async Task<DialogTurnResult> AskDeviceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await SayAsync(step, TextKeys.Cache.Intro, cancellationToken);
        var supportCase = await Services.Cases.GetAsync(step.Context, cancellationToken);
        if (supportCase.Device is { } device)
        {
            return await step.NextAsync(device, cancellationToken);
        }

        return await AskAsync(step, AskDevice,
            [
                Choice(step.Context, Devices.IPhone, TextKeys.Cache.DeviceIPhone),
                Choice(step.Context, Devices.Android, TextKeys.Cache.DeviceAndroid),
                Choice(step.Context, Devices.Other, TextKeys.Cache.DeviceOther),
            ],
            cancellationToken);
    }

    private async Task<DialogTurnResult> ShowStepsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answer(step) is not { } device)
        {
            return await OfferPersonAsync(step, cancellationToken);
        }

        await SayAsync(step, TextKeys.Cache.Steps(device), cancellationToken);
        await NoteAsync(step, TriedNotes.CacheStepsShown, cancellationToken);
        return await AskYesNoAsync(step, AskOutcome, cancellationToken);
    }

    private async Task<DialogTurnResult> OutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (Answer(step))
        {
            case Yes:
                return await ResolveAsync(step, cancellationToken);
            case No:
                await NoteAsync(step, TriedNotes.CacheCleared, cancellationToken);
                return await EscalateAsync(step, cancellationToken);
            default:
                return await OfferPersonAsync(step, cancellationToken);
        }
    }
}
