using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Flows.Main;

namespace SupportBot.Bot.Hosting;

/// <summary>
/// Resolves the models at start-up (the classifier then trains or loads in the background, the
/// dialogs build their recognisers) so the first person to write does not wait for them.
/// </summary>
internal sealed class ModelWarmUp(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<ISymptomClassifier>();
        _ = services.GetRequiredService<MainDialog>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
