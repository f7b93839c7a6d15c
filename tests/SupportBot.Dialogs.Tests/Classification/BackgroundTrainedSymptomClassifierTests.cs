using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Classification;

public class BackgroundTrainedClassifierTests
{
    [Fact]
    public async Task ConstructionReturnsBeforeTheModelIsReadyAndClassifyWaitsForIt()
    {
        using var release = new ManualResetEventSlim();
        // Not disposed: it would dispose the model shared by the whole test run.
        var classifier = new BackgroundTrainedClassifier(() =>
        {
            release.Wait();
            return TrainedClassifier.Instance;
        });

        Assert.False(classifier.WhenReady.IsCompleted);
        var pending = Task.Run(() => classifier.Classify("パスワードを忘れました"));
        release.Set();

        Assert.Equal(SymptomLabels.ForgotPassword, (await pending).Label);
    }
}
