using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Bot.Tests.Hosting;

public sealed class ModelWarmUpTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RecognizerModelsAreBuiltOnlyOnceTheDelayAfterStartHasPassed()
    {
        await using var bot = new BotHost().Start();
        var time = new FakeTimeProvider();
        using var warmUp = new ModelWarmUp(bot.Services, time, NullLogger<ModelWarmUp>.Instance);

        await warmUp.StartingAsync(CancellationToken.None);
        await warmUp.StartedAsync(CancellationToken.None);
        await ((BackgroundTrainedClassifier)bot.Services.GetRequiredKeyedService<ITextClassifier>(TextModels.Symptom)).WhenReady.WaitAsync(Patience);
        await Task.Delay(100);
        Assert.False(warmUp.RecognizersWarmedUp.IsCompleted);

        time.Advance(ModelWarmUp.RecognizerDelay);
        await warmUp.RecognizersWarmedUp.WaitAsync(Patience);
        Assert.True(warmUp.RecognizersWarmedUp.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task StoppingTheHostEndsAWarmUpThatIsStillWaiting()
    {
        await using var bot = new BotHost().Start();
        using var warmUp = new ModelWarmUp(bot.Services, new FakeTimeProvider(), NullLogger<ModelWarmUp>.Instance);
        await warmUp.StartingAsync(CancellationToken.None);
        await warmUp.StartedAsync(CancellationToken.None);

        await warmUp.StoppingAsync(CancellationToken.None);

        await warmUp.RecognizersWarmedUp.WaitAsync(Patience);
        Assert.True(warmUp.RecognizersWarmedUp.IsCompletedSuccessfully);
    }
}
