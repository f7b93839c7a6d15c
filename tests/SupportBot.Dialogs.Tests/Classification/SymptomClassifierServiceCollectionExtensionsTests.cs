using Microsoft.Extensions.DependencyInjection;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Classification;

public class SymptomClassifierServiceCollectionExtensionsTests
{
    [Fact]
    public async Task RegisteredClassifierTrainsInTheBackgroundAndClassifies()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSymptomClassifier()
            .Configure<SymptomClassifierOptions>(options => options.ModelCacheDirectory = "");
        await using var provider = services.BuildServiceProvider();

        var classifier = provider.GetRequiredKeyedService<ITextClassifier>(TextModels.Symptom);
        await ((BackgroundTrainedClassifier)classifier).WhenReady;

        Assert.Equal(SymptomLabels.HumanAgent, classifier.Classify("オペレーターと話したい").Label);
        Assert.True(provider.GetRequiredService<GenericLoginProblemDetector>().IsGenericLoginProblem("ログインできません"));
    }
}
