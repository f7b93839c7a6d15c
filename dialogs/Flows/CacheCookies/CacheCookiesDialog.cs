using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Flows.CacheCookies;

/// <summary>
/// Cache and cookies: asks the device, shows the article's Safari (iPhone) or Chrome (Android)
/// steps, or general guidance for other browsers, then whether sign-in works.
/// </summary>
internal sealed class CacheCookiesDialog : SupportFlowDialog
{
    private const string IPhone = "iphone";
    private const string Android = "android";
    private const string Other = "other";

    public CacheCookiesDialog(FlowServices services)
        : base(nameof(CacheCookiesDialog), SymptomLabels.CacheCookie, services) =>
        AddSteps(AskDeviceStepAsync, ShowStepsStepAsync, OutcomeStepAsync);

    private async Task<DialogTurnResult> AskDeviceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await SayAsync(step, "cache.intro", cancellationToken);
        return await AskChoiceAsync(step, "cache.ask_device",
            [
                Choice(step.Context, IPhone, "cache.device.iphone"),
                Choice(step.Context, Android, "cache.device.android"),
                Choice(step.Context, Other, "cache.device.other"),
            ],
            cancellationToken);
    }

    private async Task<DialogTurnResult> ShowStepsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var device = PickedValue(step) ?? Other;
        await SayAsync(step, $"cache.steps.{device}", cancellationToken);
        return await AskYesNoAsync(step, "cache.ask_outcome", cancellationToken);
    }

    private async Task<DialogTurnResult> OutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            return await ResolveAsync(step, cancellationToken);
        }

        await NoteTriedAsync(step, "cache_cleared", cancellationToken);
        return await EscalateAsync(step, cancellationToken);
    }
}
